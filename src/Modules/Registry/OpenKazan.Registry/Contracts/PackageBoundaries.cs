using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Registry.Contracts;

/// <summary>
/// The city's boundary and its districts' boundaries, as the package gives them: the polygons of an optional
/// <c>boundaries.geojson</c>, else the rectangle of tenant.json's bounds. Used to check where buildings lie and to draw
/// the dry run's preview. The polygons of the file are stored with the city on import (<see cref="Domain.AreaBoundary"/>).
/// </summary>
public sealed record PackageBoundaries(Boundary? City, IReadOnlyDictionary<string, Boundary> Districts)
{
    public const string FileName = "boundaries.geojson";

    /// <summary>
    /// The longest file taken, in characters: every building edit reads its city's and district's polygons, so a
    /// boundary traced point by point from a survey must be simplified first (2 MB holds about 80,000 points).
    /// </summary>
    public const int MaxLength = 2_000_000;

    /// <summary>The longest boundary name stored (the length of a district's name).</summary>
    public const int MaxNameLength = 300;

    public static PackageBoundaries None { get; } = new(null, new Dictionary<string, Boundary>());

    /// <summary>The rectangle of tenant.json's bounds, named after the city.</summary>
    public static PackageBoundaries FromBounds(string cityName, GeoBounds? bounds) => bounds is null
        ? None
        : new(new Boundary(cityName, [[
            new(bounds.MinLat, bounds.MinLong), new(bounds.MinLat, bounds.MaxLong),
            new(bounds.MaxLat, bounds.MaxLong), new(bounds.MaxLat, bounds.MinLong)]]), new Dictionary<string, Boundary>());
}

/// <summary>Where the package's buildings lie, for the dry run's preview: every building with valid coordinates.</summary>
public sealed record PackageMap(PackageBoundaries Boundaries, IReadOnlyList<MapBuilding> Buildings);

public sealed record MapBuilding(string Address, double Latitude, double Longitude, bool Outside);
