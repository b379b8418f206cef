using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Open311.Media;

/// <summary>
/// The public <c>media_url</c> of a resolution photo: a link whose token is the photo's id sealed by the data protection
/// keys, so it cannot be guessed or made up for another photo, and names no resident. Intake photos are never published.
/// </summary>
internal sealed class PublicMedia(TenantScopedDbContext db, IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("OpenKazan.Open311.PublicMedia");

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
    public async Task<ReportPhoto?> FindAsync(string token, CancellationToken ct)
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

        return await db.ReportPhotoAsync(id, ct);
    }
}
