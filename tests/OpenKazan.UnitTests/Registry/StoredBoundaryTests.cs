using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Registry.Contracts;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.ImportPackage;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.UnitTests.Registry;

/// <summary>
/// What the import keeps of boundaries.geojson to store, and a stored boundary read back by the import's own rule
/// (the same rings, the same point-in-polygon test).
/// </summary>
public sealed class StoredBoundaryTests
{
    private const string Square = """{ "type": "Polygon", "coordinates": [[[49.0,55.7],[49.2,55.7],[49.2,55.85],[49.0,55.85],[49.0,55.7]]] }""";

    private const string TwoIslands = """
        { "type": "MultiPolygon", "coordinates": [
          [[[49.0,55.7],[49.1,55.7],[49.1,55.8],[49.0,55.8],[49.0,55.7]]],
          [[[49.3,55.7],[49.4,55.7],[49.4,55.8],[49.3,55.8],[49.3,55.7]]] ] }
        """;

    private static readonly Dictionary<string, string> Districts = new(StringComparer.Ordinal) { ["centre"] = "Центральный" };

    [Fact]
    public void The_file_keeps_each_geometry_to_store_and_the_bounds_rectangle_keeps_none()
    {
        var errors = new List<PackageError>();
        var json = $$"""
            { "type": "FeatureCollection", "features": [
              { "type": "Feature", "properties": { "name": "Казань" }, "geometry": {{Square}} },
              { "type": "Feature", "properties": { "district": "centre" }, "geometry": {{TwoIslands}} } ] }
            """;

        var read = BoundariesFileReader.Read(json, PackageBoundaries.None, Districts, errors);
        var rectangle = PackageBoundaries.FromBounds("Казань", new GeoBounds(55.6, 55.95, 48.8, 49.4));

        Assert.Empty(errors);
        Assert.Equal(Square, read.City!.Geometry);
        Assert.Equal(TwoIslands.Trim(), read.Districts["centre"].Geometry);
        Assert.Null(rectangle.City!.Geometry);
    }

    [Theory]
    [InlineData(55.75, 49.05, true)]
    [InlineData(55.75, 49.35, true)]
    [InlineData(55.75, 49.2, false)]
    [InlineData(55.9, 49.05, false)]
    public void A_stored_boundary_contains_what_the_imported_one_contains(double lat, double longitude, bool inside)
    {
        var stored = new AreaBoundary { Name = "Центральный", Geometry = TwoIslands }.ToBoundary();

        Assert.Equal("Центральный", stored.Name);
        Assert.Equal(inside, stored.Contains(lat, longitude));
    }

    [Fact]
    public void A_file_longer_than_a_city_stores_is_refused_with_its_size_and_the_limit()
    {
        var errors = new List<PackageError>();
        var json = $$"""{ "type": "FeatureCollection", "features": [], "padding": "{{new string(' ', PackageBoundaries.MaxLength)}}" }""";

        var read = BoundariesFileReader.Read(json, PackageBoundaries.None, Districts, errors);

        var error = Assert.Single(errors);
        Assert.Equal((PackageBoundaries.FileName, PackageErrorCodes.BoundaryTooLarge), (error.File, error.Code));
        Assert.Equal([json.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), "2000000"], error.Arguments);
        Assert.Same(PackageBoundaries.None, read);
    }
}
