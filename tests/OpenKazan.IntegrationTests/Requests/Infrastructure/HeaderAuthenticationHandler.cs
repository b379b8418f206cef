using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.IntegrationTests.Requests.Infrastructure;

/// <summary>
/// Test-only sign-in: builds a principal with exactly the claims of <see cref="OpenKazanClaims"/> from request
/// headers. Stands in for the real cookie/OpenIddict sign-in until it lands; nothing else depends on it.
/// </summary>
public sealed class HeaderAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestHeaders";
    public const string UserHeader = "X-Test-User";
    public const string TenantHeader = "X-Test-Tenant";
    public const string RolesHeader = "X-Test-Roles";
    public const string OrganisationHeader = "X-Test-Organisation";
    public const string NameHeader = "X-Test-Name";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserHeader, out var user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(OpenKazanClaims.Subject, user.ToString()) };
        if (Request.Headers.TryGetValue(TenantHeader, out var tenant))
        {
            claims.Add(new Claim(OpenKazanClaims.TenantId, tenant.ToString()));
        }

        foreach (var role in Request.Headers[RolesHeader].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            claims.Add(new Claim(OpenKazanClaims.Role, role));
        }

        if (Request.Headers.TryGetValue(OrganisationHeader, out var organisation))
        {
            claims.Add(new Claim(OpenKazanClaims.OrganisationId, organisation.ToString()));
        }

        claims.Add(new Claim(OpenKazanClaims.Name, Request.Headers.TryGetValue(NameHeader, out var name) ? Uri.UnescapeDataString(name.ToString()) : "Test user"));
        var identity = new ClaimsIdentity(claims, SchemeName, OpenKazanClaims.Name, OpenKazanClaims.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
