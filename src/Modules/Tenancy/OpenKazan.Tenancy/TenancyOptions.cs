namespace OpenKazan.Tenancy;

public sealed class TenancyOptions
{
    public const string SectionName = "Tenancy";

    /// <summary>Cities live at <c>{slug}.{BaseDomain}</c>; the base domain itself is the central area.</summary>
    public string BaseDomain { get; set; } = "localhost";

    public TimeSpan CatalogPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Where the host renders the friendly "no such city" page (a path in the central area).</summary>
    public string UnknownCityPath { get; set; } = "/status/unknown-city";

    /// <summary>Where the host renders the maintenance page of a suspended city.</summary>
    public string MaintenancePath { get; set; } = "/status/maintenance";

    /// <summary>Where the host renders the "coming soon" page of a city still being onboarded.</summary>
    public string ComingSoonPath { get; set; } = "/status/coming-soon";
}
