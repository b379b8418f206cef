using System.Text.Json;
using OpenIddict.Abstractions;

namespace OpenKazan.Identity.Tokens;

/// <summary>
/// A client registered for one city (a city's call-centre or ERP software) carries that city's id and its roles
/// in the application's properties; its client-credentials tokens are bound to that city and nothing else.
/// </summary>
public sealed record ClientCity(Guid TenantId, IReadOnlyList<string> Roles)
{
    public const string TenantProperty = "tenant_id";
    public const string RolesProperty = "roles";

    public static void Write(OpenIddictApplicationDescriptor descriptor, Guid tenantId, IReadOnlyList<string> roles)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Properties[TenantProperty] = JsonSerializer.SerializeToElement(tenantId);
        descriptor.Properties[RolesProperty] = JsonSerializer.SerializeToElement(roles);
    }

    public static async Task<ClientCity?> ReadAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(applications);
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        if (!properties.TryGetValue(TenantProperty, out var tenant) || tenant.ValueKind != JsonValueKind.String
            || !Guid.TryParse(tenant.GetString(), out var tenantId))
        {
            return null;
        }

        var roles = properties.TryGetValue(RolesProperty, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(r => r.GetString()).OfType<string>().ToList()
            : [];
        return new ClientCity(tenantId, roles);
    }
}
