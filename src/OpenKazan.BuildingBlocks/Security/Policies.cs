namespace OpenKazan.BuildingBlocks.Security;

/// <summary>
/// The authorization policies endpoints use; each city policy also requires that the principal belongs to the
/// current city (or holds a global role). Every mapped endpoint must name one of these or allow anonymous access.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in person of the current city (a resident becomes one on first action).</summary>
    public const string CityUser = "city-user";

    public const string Resident = "resident";
    public const string Operator = "operator";
    public const string Dispatcher = "dispatcher";

    /// <summary>Executor or OrganisationAdmin: works the requests of their own organisation.</summary>
    public const string OrganisationStaff = "organisation-staff";
    public const string OrganisationAdmin = "organisation-admin";

    /// <summary>Committee, TenantAdmin, Dispatcher: read access to the whole city's operations.</summary>
    public const string CitySupervisor = "city-supervisor";
    public const string TenantAdmin = "tenant-admin";

    /// <summary>Any staff role of the city (not a resident).</summary>
    public const string Staff = "staff";

    public const string PlatformAdmin = "platform-admin";

    /// <summary>PlatformAdmin or RolloutManager: the central team.</summary>
    public const string CentralTeam = "central-team";
}
