using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenKazan.Identity.Domain;

namespace OpenKazan.Identity.SignIn;

/// <summary>
/// Sessions follow the truth: once a session cookie is older than <see cref="OpenKazanIdentityOptions.SessionRecheck"/>,
/// its security stamp is compared with the account's and its claims rebuilt from the database. A password reset or a
/// sign-out everywhere (a new stamp) ends the session; a revoked role is gone from it. Identity's own validator would
/// also sign out of schemes this application never registers, so the check is written here.
/// </summary>
public static class SessionRevalidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var interval = services.GetRequiredService<IOptions<OpenKazanIdentityOptions>>().Value.SessionRecheck;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (context.Principal is null || (context.Properties.IssuedUtc is { } issued && now - issued < interval))
        {
            return;
        }

        var signIn = services.GetRequiredService<SignInManager<PlatformUser>>();
        if (await signIn.ValidateSecurityStampAsync(context.Principal) is not { } user)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        context.ReplacePrincipal(await signIn.CreateUserPrincipalAsync(user));
        context.ShouldRenew = true;
    }
}
