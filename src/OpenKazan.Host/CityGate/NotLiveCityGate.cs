using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Resolution;

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

    public async Task InvokeAsync(HttpContext context, CurrentTenantAccessor city)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(city);
        if (city.Info is not { Status: TenantStatus.Onboarding or TenantStatus.Suspended } closed
            || OpenPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            || await IsStaffHereAsync(context, closed.Id))
        {
            await next(context);
            return;
        }

        var suspended = closed.Status == TenantStatus.Suspended;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "3600";
        if (TenantResolutionMiddleware.IsApiCall(context.Request))
        {
            await context.Response.WriteAsJsonAsync(Problem(closed.Slug, suspended), options: null, contentType: "application/problem+json");
            return;
        }

        context.Request.Method = HttpMethods.Get;
        context.Request.Path = suspended ? options.Value.MaintenancePath : options.Value.ComingSoonPath;
        context.Request.QueryString = QueryString.Empty;
        await next(context);
    }

    /// <summary>Anyone with a role in this city other than resident, or the central team (whose roles are global).</summary>
    private static async Task<bool> IsStaffHereAsync(HttpContext context, Guid cityId)
    {
        var principal = (await context.AuthenticateAsync()).Principal;
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var bound = principal.FindFirst(OpenKazanClaims.TenantId)?.Value;
        var roles = principal.FindAll(OpenKazanClaims.Role).Select(c => c.Value).ToList();
        return bound is null
            ? roles.Any(Roles.GlobalRoles.Contains)
            : Guid.TryParse(bound, out var id) && id == cityId && roles.Any(r => r != Roles.Resident);
    }

    private static ProblemDetails Problem(string slug, bool suspended) => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = suspended ? "City under maintenance" : "City not open yet",
        Detail = suspended ? $"The city '{slug}' is temporarily unavailable." : $"The city '{slug}' has not opened its service yet.",
        Type = suspended ? "https://openkazan.example/problems/city-suspended" : "https://openkazan.example/problems/city-not-open",
    };
}
