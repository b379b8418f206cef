using OpenKazan.Tenancy;
using System.Runtime.CompilerServices;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Tenancy.Contracts;

/// <summary>
/// A city as the catalog knows it: the shape of <c>tenant.json</c> in a city package (see docs/tenant-package.md).
/// Immutable; a change produces a new instance and a new catalog version.
/// </summary>
public sealed record TenantInfo
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required IReadOnlyDictionary<string, string> Names { get; init; }

    public IReadOnlyList<string> HostNames { get; init; } = [];

    public TenantStatus Status { get; init; } = TenantStatus.Onboarding;

    public string TimeZone { get; init; } = "Europe/Moscow";

    public string DefaultCulture { get; init; } = "ru";

    public IReadOnlyList<string> Languages { get; init; } = ["ru"];

    public required string RequestNumberPrefix { get; init; }

    public GeoBounds? Bounds { get; init; }

    public TenantBranding Branding { get; init; } = new();

    public CalendarDefinition Calendar { get; init; } = new();

    public TenantIsolation Isolation { get; init; } = new();

    /// <summary>Features switched for this city; a feature not listed is on (see <c>CityFeatureFilter</c>).</summary>
    public IReadOnlyDictionary<string, bool> Features { get; init; } = new Dictionary<string, bool>();

    /// <summary>The name in the given language, falling back to the city's default language.</summary>
    public string Name(string culture) =>
        Names.TryGetValue(culture, out var name) ? name
        : Names.TryGetValue(DefaultCulture, out var fallback) ? fallback
        : Slug;

    /// <summary>Whether the feature is on for the city (a feature not listed is on).</summary>
    public bool IsOn(string feature) => !Features.TryGetValue(feature, out var on) || on;

    /// <summary>The city's time zone, resolved once per process.</summary>
    public TimeZoneInfo Zone => CityZones.Find(TimeZone);

    /// <summary>
    /// What modules know of this city. Built once per instance: an instance is one catalog version, and the current
    /// city is read on every request, so parsing its calendar each time would be paid by every visitor.
    /// </summary>
    public TenantContext ToContext() => Contexts.GetValue(this, static info => info.BuildContext());

    // Keyed by reference, not by the record's value equality: a "with" copy is a new version and gets its own context.
    private static readonly ConditionalWeakTable<TenantInfo, TenantContext> Contexts = new();

    private TenantContext BuildContext() => new(
        Id, Slug, TimeZone, DefaultCulture, Languages, RequestNumberPrefix, Calendar.ToWorkingCalendar(),
        Isolation.Mode == IsolationMode.OwnDatabase ? Isolation.ConnectionStringName : null);
}

public sealed record GeoBounds(double MinLat, double MaxLat, double MinLong, double MaxLong)
{
    public bool Contains(double lat, double longitude) =>
        lat >= MinLat && lat <= MaxLat && longitude >= MinLong && longitude <= MaxLong;
}

public sealed record TenantBranding
{
    public string PrimaryColor { get; init; } = "#1f4e79";

    public string AccentColor { get; init; } = "#f2a900";

    /// <summary>The logo's file name inside the city package; the bytes live in the catalog.</summary>
    public string? Logo { get; init; }

    /// <summary>Map tiles as a Leaflet URL template ({z}/{x}/{y}, optional {s}); OpenStreetMap unless the city has its own.</summary>
    public string MapTileUrl { get; init; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>The tile provider's required credit, shown on every map as plain text.</summary>
    public string MapAttribution { get; init; } = "© OpenStreetMap contributors";
}

public enum IsolationMode
{
    SharedDatabase,
    OwnDatabase,
}

public sealed record TenantIsolation
{
    public IsolationMode Mode { get; init; } = IsolationMode.SharedDatabase;

    /// <summary>A name in the host's <c>ConnectionStrings</c>; the secret itself never travels in a package.</summary>
    public string? ConnectionStringName { get; init; }
}
