using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

/// <summary>A photo of the work done: where its file is kept and what it is.</summary>
public sealed record ReportPhoto(Guid Id, string FileKey, string ContentType);

/// <summary>
/// The photos of resolution reports (report attachments that are images): the only files of a request a channel may
/// publish; photos sent with a new request never are.
/// </summary>
public static class ReportPhotos
{
    /// <summary>The latest report photo of each of these requests that has one.</summary>
    public static async Task<Dictionary<Guid, Guid>> LatestReportPhotosAsync(
        this TenantScopedDbContext db, IReadOnlyList<Guid> requestIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(requestIds);
        if (requestIds.Count == 0)
        {
            return [];
        }

        var ids = requestIds.ToList();
        var photos = await db.Set<RequestAttachment>().AsNoTracking()
            .Where(a => ids.Contains(a.RequestId) && a.IsReport && a.ContentType.StartsWith("image/"))
            .Select(a => new { a.RequestId, a.Id, a.At })
            .ToListAsync(ct);
        return photos.GroupBy(p => p.RequestId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.At).ThenBy(p => p.Id).Last().Id);
    }

    /// <summary>The report photo with this id, or null when the city has none (or the file is not a report photo).</summary>
    public static Task<ReportPhoto?> ReportPhotoAsync(this TenantScopedDbContext db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<RequestAttachment>().AsNoTracking()
            .Where(a => a.Id == id && a.IsReport && a.ContentType.StartsWith("image/"))
            .Select(a => new ReportPhoto(a.Id, a.FileKey, a.ContentType))
            .SingleOrDefaultAsync(ct);
    }
}
