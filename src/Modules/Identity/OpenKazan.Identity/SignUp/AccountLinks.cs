using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using OpenKazan.Identity.Tokens;

namespace OpenKazan.Identity.SignUp;

/// <summary>
/// Absolute links into the current city for e-mails, built from the configured host of the city (never from the
/// request's Host header, which a caller chooses); Identity's tokens travel base64url-encoded.
/// </summary>
public static class AccountLinks
{
    public const string ConfirmEmailPath = "/account/confirm-email";
    public const string ResetPasswordPath = "/account/reset-password";

    public static Uri Build(CityUrls urls, HttpRequest request, string? citySlug, string path, Guid userId, string token)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var query = QueryString.Create(new Dictionary<string, string?> { ["userId"] = userId.ToString(), ["code"] = Encode(token) });
        return urls.For(request, citySlug, path + query);
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>Null for a mangled code, so a bad link is a friendly error rather than an exception.</summary>
    public static string? Decode(string? code)
    {
        try
        {
            return code is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
