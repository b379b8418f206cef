using System.Globalization;
using System.Security.Claims;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Domain;

namespace OpenKazan.Identity.Users;

/// <summary>The claims of <see cref="OpenKazanClaims"/> for one person in one city (or in the central area).</summary>
public static class CityClaims
{
    /// <summary>Claims travel in every cookie and token: a name longer than this is cut, never the cookie split.</summary>
    public const int MaxNameLength = 100;

    private static string Shorten(string name) => name.Length > MaxNameLength ? name[..MaxNameLength] : name;

    public static IEnumerable<Claim> For(PlatformUser user, Guid? tenantId, CityGrants grants)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(grants);
        yield return new Claim(OpenKazanClaims.Subject, user.Id.ToString());
        yield return new Claim(OpenKazanClaims.Name, Shorten(user.FullName ?? user.Email ?? user.Id.ToString()));
        if (user.Email is { } email)
        {
            yield return new Claim(OpenKazanClaims.Email, email);
        }

        if (user.PhoneNumber is { } phone)
        {
            yield return new Claim(OpenKazanClaims.Phone, phone);
        }

        if (tenantId is { } city)
        {
            yield return new Claim(OpenKazanClaims.TenantId, city.ToString());
        }

        foreach (var role in grants.Roles)
        {
            yield return new Claim(OpenKazanClaims.Role, role);
        }

        if (grants.OrganisationId is { } organisation)
        {
            yield return new Claim(OpenKazanClaims.OrganisationId, organisation.ToString("D", CultureInfo.InvariantCulture));
        }
    }
}
