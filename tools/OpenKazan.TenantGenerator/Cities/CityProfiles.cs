using OpenKazan.TenantGenerator.Model;

namespace OpenKazan.TenantGenerator.Cities;

/// <summary>The demo cities, in the order they are generated (the order matters for the shared INN pool).</summary>
internal static class CityProfiles
{
    public static IReadOnlyList<CityProfile> All { get; } =
    [
        KazanProfile.Create(),
        GroznyProfile.Create(),
        InnopolisProfile.Create(),
    ];
}
