using System.Globalization;
using OpenKazan.Host.Pages.Admin;
using OpenKazan.Host.Pages.Shared;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Submit;

namespace OpenKazan.UnitTests.Registry;

/// <summary>
/// The building editor's map says which stored boundary the building's point lies outside, and draws a boundary
/// surveyed point by point as a few hundred points; the intake keeps a resident's pin beside the building.
/// </summary>
public sealed class BoundaryMapTests
{
    private static readonly Guid Centre = Guid.NewGuid();
    private static readonly Guid North = Guid.NewGuid();

    private static readonly StoredBoundaries Elabuga = new(
        Square("Елабуга", 55.74, 55.79, 51.99, 52.12),
        new Dictionary<Guid, Boundary> { [Centre] = Square("Центральный", 55.74, 55.766, 51.99, 52.12), [North] = Square("Северный", 55.766, 55.79, 51.99, 52.12) });

    [Theory]
    [InlineData(55.75, 52.05, null)]
    [InlineData(55.735, 52.05, "Елабуга")]
    [InlineData(55.775, 52.05, "Центральный")]
    public void The_map_names_the_boundary_the_buildings_point_lies_outside(double lat, double longitude, string? outside)
    {
        var map = new BuildingMap(Elabuga, Centre, new GeoPoint(lat, longitude));

        Assert.Equal(outside, map.OutsideBoundary);
        Assert.NotNull(map.Point);
        Assert.Equal(2, map.Districts.Count());
        Assert.True(map.Districts.Last().Chosen, "the building's district is drawn last, on top");
    }

    [Fact]
    public void A_building_without_coordinates_and_a_city_without_boundaries_draw_no_point()
    {
        var withoutPoint = new BuildingMap(Elabuga, Centre, null);
        var withoutBoundaries = new BuildingMap(new StoredBoundaries(null, new Dictionary<Guid, Boundary>()), null, new GeoPoint(55.75, 52.05));

        Assert.Null(withoutPoint.Point);
        Assert.Null(withoutPoint.OutsideBoundary);
        Assert.True(withoutBoundaries.IsEmpty);
        Assert.Null(withoutBoundaries.OutsideBoundary);
    }

    [Fact]
    public void A_boundary_surveyed_point_by_point_is_drawn_with_a_few_hundred()
    {
        var circle = Enumerable.Range(0, 20_000)
            .Select(i => new GeoPoint(55.76 + (0.02 * Math.Sin(i * 2 * Math.PI / 20_000)), 52.05 + (0.04 * Math.Cos(i * 2 * Math.PI / 20_000))))
            .ToList();
        var boundary = new Boundary("Елабуга", [circle]);

        var path = new OutlineMap(circle, [], 700).Path(boundary);

        var points = path.Count(c => c is 'M' or 'L');
        Assert.InRange(points, 100, 1500);
        Assert.EndsWith("Z", path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pin_given_with_a_building_is_kept_to_be_checked_and_bad_coordinates_beside_one_are_not_used()
    {
        var building = Guid.NewGuid();
        var errors = new Dictionary<string, string[]>();

        var pin = SubmitRequestValidator.CheckPlace(building, 55.75, 52.05, errors);
        var badBeside = SubmitRequestValidator.CheckPlace(building, 95, 52.05, errors);
        var badAlone = SubmitRequestValidator.CheckPlace(null, 95, 52.05, errors);

        Assert.Equal((55.75, 52.05), pin!.Value);
        Assert.Null(badBeside);
        Assert.Null(badAlone);
        Assert.Equal("buildingId", Assert.Single(errors.Keys));
    }

    private static Boundary Square(string name, double minLat, double maxLat, double minLong, double maxLong) =>
        Boundary.FromGeometry(name, string.Create(CultureInfo.InvariantCulture,
            $$"""{ "type": "Polygon", "coordinates": [[[{{minLong}},{{minLat}}],[{{maxLong}},{{minLat}}],[{{maxLong}},{{maxLat}}],[{{minLong}},{{maxLat}}],[{{minLong}},{{minLat}}]]] }"""));
}
