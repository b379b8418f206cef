using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Open311.Media;

/// <summary>
/// The public <c>media_url</c> of a resolution photo: a link whose token is the photo's id sealed by the data protection
/// keys, so it cannot be guessed or made up for another photo, and names no resident. Intake photos are never published.
/// </summary>
public sealed class PublicMedia(TenantScopedDbContext db, IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("OpenKazan.Open311.PublicMedia");

    /// <summary>The latest resolution photo of each of these requests that has one.</summary>
    public async Task<Dictionary<Guid, Guid>> ReportPhotosAsync(IReadOnlyList<Guid> requestIds, CancellationToken ct)
    {
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

    public string? UrlOf(Guid? photo, Open311Call call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (photo is not { } id)
        {
            return null;
        }

        var token = WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.ASCII.GetBytes($"{db.CurrentTenantId:N}/{id:N}")));
        return $"{call.BaseUrl}/media/{token}";
    }

    /// <summary>The resolution photo a token names, if the token is genuine and of this city.</summary>
    public async Task<RequestAttachment?> FindAsync(string token, CancellationToken ct)
    {
        string sealedText;
        try
        {
            sealedText = Encoding.ASCII.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }

        var parts = sealedText.Split('/');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var tenant) || tenant != db.CurrentTenantId || !Guid.TryParse(parts[1], out var id))
        {
            return null;
        }

        return await db.Set<RequestAttachment>().AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == id && a.IsReport && a.ContentType.StartsWith("image/"), ct);
    }
}
