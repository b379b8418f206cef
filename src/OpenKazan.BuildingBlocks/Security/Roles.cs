namespace OpenKazan.BuildingBlocks.Security;

/// <summary>Roles a person holds in one city, and the central team's global roles.</summary>
public static class Roles
{
    public const string Resident = "Resident";
    public const string Operator = "Operator";
    public const string Dispatcher = "Dispatcher";
    public const string Executor = "Executor";
    public const string OrganisationAdmin = "OrganisationAdmin";
    public const string Committee = "Committee";
    public const string TenantAdmin = "TenantAdmin";

    public const string PlatformAdmin = "PlatformAdmin";
    public const string RolloutManager = "RolloutManager";

    public static IReadOnlyList<string> CityRoles { get; } =
        [Resident, Operator, Dispatcher, Executor, OrganisationAdmin, Committee, TenantAdmin];

    public static IReadOnlyList<string> GlobalRoles { get; } = [PlatformAdmin, RolloutManager];
}
