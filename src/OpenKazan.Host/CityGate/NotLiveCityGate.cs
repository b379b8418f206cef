using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.CityGate;

/// <summary>
/// A city that is not live (being onboarded, or suspended) is not public: visitors and residents get its branded
/// "coming soon" or "temporarily unavailable" page (API callers a 503 problem), so nobody registers, files or writes
/// through Open311 there. Its staff and the central team sign in and use it as usual: to train before go-live, to
/// check the data during a suspension.
/// </summary>
public sealed class NotLiveCityGate(RequestDelegate next, IOptions<TenancyOptions> options)
{
    /// <summary>What a closed city still serves to everyone: signing in (staff must get in), its own pages and files.</summary>
    private static readonly string[] OpenPaths =
    [
        "/account/login", "/account/logout", "/account/forgot-password", "/account/reset-password", "/account/confirm-email",
        "/account/access-denied", "/account/landing", "/status/maintenance", "/status/coming-soon", "/error", "/branding", "/css", "/js", "/lib", "/health", "/connect", "/.well-known",
    ];

    public async Task InvokeAsync(HttpContext context, CurrentTenantAccessor city, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(user);
        if (city.Info is not { Status: TenantStatus.Onboarding or TenantStatus.Suspended } closed
            || OpenPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            || await IsStaffHereAsync(context, user))
        {
            await next(context);
            return;
        }

        var suspended = closed.Status == TenantStatus.Suspended;
        context.Response.Headers.RetryAfter = "3600";
        await CityRefusal.AnswerAsync(context, next, Problem(closed.Slug, suspended),
            suspended ? options.Value.MaintenancePath : options.Value.ComingSoonPath, QueryString.Empty);
    }

    /// <summary>
    /// Anyone with a role in this city other than resident, or the central team. The gate runs before routing, so the
    /// principal is read here; its roles are then judged the one way every page judges them.
    /// </summary>
    private static async Task<bool> IsStaffHereAsync(HttpContext context, ICurrentUser user)
    {
        if ((await context.AuthenticateAsync()).Principal is not { Identity.IsAuthenticated: true } principal)
        {
            return false;
        }

        context.User = principal;
        return user.Roles.Any(r => r != Roles.Resident);
    }

    private static ProblemDetails Problem(string slug, bool suspended) => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = suspended ? "City under maintenance" : "City not open yet",
        Detail = suspended ? $"The city '{slug}' is temporarily unavailable." : $"The city '{slug}' has not opened its service yet.",
        Type = suspended ? "https://openkazan.example/problems/city-suspended" : "https://openkazan.example/problems/city-not-open",
    };
}
