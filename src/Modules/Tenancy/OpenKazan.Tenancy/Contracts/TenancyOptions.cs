using OpenKazan.Tenancy;
namespace OpenKazan.Tenancy.Contracts;

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

    /// <summary>Host names served besides the base domain, its subdomains and the cities' own names (a node's internal name).</summary>
    public List<string> ExtraHosts { get; set; } = [];

    /// <summary>Refuse any other Host with a 400; unset means on everywhere but Development.</summary>
    public bool? RefuseUnknownHosts { get; set; }
}
