using R = OpenKazan.BuildingBlocks.Security.Roles;

namespace OpenKazan.IntegrationTests.Requests.Infrastructure;

/// <summary>Someone the tests sign in as: a city, roles and (for organisation staff) an organisation.</summary>
public sealed record TestPerson(Guid Id, Guid TenantId, string[] Roles, Guid? OrganisationId = null, string Name = "Test person")
{
    public static TestPerson Resident(Guid tenantId, string name = "Айгуль Resident") => new(Guid.NewGuid(), tenantId, [R.Resident], null, name);

    public static TestPerson Operator(Guid tenantId) => new(Guid.NewGuid(), tenantId, [R.Operator], null, "Operator");

    public static TestPerson Dispatcher(Guid tenantId) => new(Guid.NewGuid(), tenantId, [R.Dispatcher], null, "Dispatcher");

    public static TestPerson Executor(Guid tenantId, Guid organisationId) => new(Guid.NewGuid(), tenantId, [R.Executor], organisationId, "Executor");

    public static TestPerson Committee(Guid tenantId) => new(Guid.NewGuid(), tenantId, [R.Committee], null, "Committee");

    public void Apply(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Add(HeaderAuthenticationHandler.UserHeader, Id.ToString());
        client.DefaultRequestHeaders.Add(HeaderAuthenticationHandler.TenantHeader, TenantId.ToString());
        client.DefaultRequestHeaders.Add(HeaderAuthenticationHandler.RolesHeader, string.Join(',', Roles));
        client.DefaultRequestHeaders.Add(HeaderAuthenticationHandler.NameHeader, Uri.EscapeDataString(Name));
        if (OrganisationId is { } organisation)
        {
            client.DefaultRequestHeaders.Add(HeaderAuthenticationHandler.OrganisationHeader, organisation.ToString());
        }
    }
}
