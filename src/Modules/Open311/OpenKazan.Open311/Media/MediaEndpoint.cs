using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenKazan.BuildingBlocks.Files;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Open311.Media;

/// <summary><c>GET /open311/v2/media/{token}</c>: the resolution photo behind a published <c>media_url</c>, to anyone who has the link.</summary>
internal static class MediaEndpoint
{
    public static async Task<Results<FileStreamHttpResult, NotFound>> GetAsync(
        string token, PublicMedia media, IFileStore files, TenantScopedDbContext db, HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(media);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(response);
        var photo = db.HasTenant ? await media.FindAsync(token, ct) : null;
        var stored = photo is null ? null : await files.OpenAsync(db.CurrentTenantId, photo.FileKey, ct);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Stream(stored.Content, photo!.ContentType);
    }
}
