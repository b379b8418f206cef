using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace OpenKazan.Identity.Throttling;

/// <summary>
/// A long-lived, signed cookie naming the last account that signed in with this browser: that browser is exempt
/// from the account-wide wait, so failures made elsewhere on purpose do not keep the owner out.
/// </summary>
public sealed class KnownDevices(IDataProtectionProvider protection, TimeProvider time)
{
    private const string CookieName = ".OpenKazan.Device";
    private readonly IDataProtector _protector = protection.CreateProtector("OpenKazan.KnownDevice");

    public bool Knows(HttpContext context, string email)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Cookies[CookieName] is not { } value)
        {
            return false;
        }

        try
        {
            return string.Equals(_protector.Unprotect(value), AccountLimits.Normalize(email), StringComparison.Ordinal);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    public void Remember(HttpContext context, string email)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(CookieName, _protector.Protect(AccountLimits.Normalize(email)), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Expires = time.GetUtcNow().AddYears(1),
        });
    }}
