namespace OpenKazan.TenantGenerator.Model;

internal enum LogoShape
{
    Circle,
    Shield,
    Hexagon,
}

/// <summary>Branding; white text is drawn on <see cref="PrimaryColor"/>, so it must be dark enough (checked).</summary>
internal sealed record Branding(string PrimaryColor, string AccentColor, string Initial, LogoShape Shape);

/// <summary>A real district: its buildings are scattered around <see cref="Centre"/> on the listed streets.</summary>
internal sealed record DistrictSpec(
    string Code,
    LocalizedName Name,
    GeoPoint Centre,
    double SpreadLat,
    double SpreadLong,
    int BuildingCount,
    IReadOnlyList<string> Streets);

/// <summary>An organisation before its generated INN, phone and e-mail. District empty = city-wide.</summary>
internal sealed record OrganisationSpec(string Code, OrganisationType Type, LocalizedName Name, string District = "");

/// <summary>A construction period: years and the storey counts typical for it.</summary>
internal sealed record BuildingEra(int FromYear, int ToYear, int Weight, IReadOnlyList<int> Floors);

/// <summary>
/// Building-level responsibility rows: <see cref="BuildingCount"/> buildings (of <see cref="District"/>, or of the
/// whole city when empty) are picked by the seeded generator and given to <see cref="Organisation"/>.
/// </summary>
internal sealed record BuildingOverrideSpec(
    IReadOnlyList<string> Categories, string Organisation, string District, int BuildingCount);

/// <summary>Days off on weekdays and pre-holiday days shortened by one hour (Labour Code art. 95, 112).</summary>
internal sealed record WorkCalendar(IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> ShortenedDays);

/// <summary>Everything that differs between cities; the generator turns it into a <see cref="TenantPackage"/>.</summary>
internal sealed record CityProfile
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required LocalizedName Names { get; init; }

    public required IReadOnlyList<string> HostNames { get; init; }

    public required IReadOnlyList<string> Languages { get; init; }

    public required string RequestNumberPrefix { get; init; }

    /// <summary>Lower-case prefix of building ids, e.g. <c>kzn</c> in <c>kzn-000001</c>.</summary>
    public required string BuildingIdPrefix { get; init; }

    public required GeoBounds Bounds { get; init; }

    public required Branding Branding { get; init; }

    public required WorkCalendar Calendar { get; init; }

    /// <summary>Seed of <see cref="Random"/>; changing it reshuffles every generated value of the city.</summary>
    public required int Seed { get; init; }

    /// <summary>First four INN digits: region and tax office codes of the city.</summary>
    public required IReadOnlyList<string> InnPrefixes { get; init; }

    /// <summary>Country and area code, e.g. <c>+7 843</c>.</summary>
    public required string PhoneAreaCode { get; init; }

    /// <summary>Subscriber number length for the area code (7 in Kazan, 6 in Grozny).</summary>
    public required int PhoneLocalDigits { get; init; }

    public required IReadOnlyList<BuildingEra> Eras { get; init; }

    /// <summary>Share of buildings without a managing organisation (they go to the city dispatcher's queue).</summary>
    public required double UnmanagedShare { get; init; }

    public required IReadOnlyList<DistrictSpec> Districts { get; init; }

    public required IReadOnlyList<OrganisationSpec> Organisations { get; init; }

    /// <summary>City-wide and district rows of responsibilities.csv.</summary>
    public required IReadOnlyList<Responsibility> Responsibilities { get; init; }

    public required IReadOnlyList<BuildingOverrideSpec> BuildingOverrides { get; init; }
}
