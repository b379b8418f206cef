using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Registry.Contracts;
using OpenKazan.Registry.ImportPackage;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.UnitTests.Registry;

/// <summary>Every validation rule of the registry files, each reported with its file, line and reason.</summary>
public sealed class RegistryPackageReaderTests
{
    private static readonly PackageBoundaries Kazan = PackageBoundaries.FromBounds("Казань", new GeoBounds(55.6, 55.95, 48.8, 49.4));

    private static async Task<IReadOnlyList<OpenKazan.BuildingBlocks.Packages.PackageError>> ErrorsOf(InMemoryPackage package) =>
        (await RegistryPackageReader.ReadAsync(package, Kazan, CancellationToken.None)).Errors;

    [Fact]
    public async Task A_valid_package_reads_without_errors()
    {
        var (package, errors) = await RegistryPackageReader.ReadAsync(new InMemoryPackage(), Kazan, CancellationToken.None);

        Assert.Empty(errors);
        Assert.Equal(2, package.Buildings.Count);
        Assert.Equal("ул. Баумана, д. 1", package.Buildings[0].Address);
        Assert.Equal("lift", package.Categories[1].Parent);
    }

    [Theory]
    [InlineData("buildings.csv", "b-3,\"ул. Ленина, д. 3\",nowhere,55.79,49.11,,,,", 4, "unknown district 'nowhere'")]
    [InlineData("buildings.csv", "b-1,\"ул. Ленина, д. 3\",centre,55.79,49.11,,,,", 4, "duplicate building 'b-1'")]
    [InlineData("buildings.csv", "b-3,\"ул. Баумана,  д. 1\",centre,55.79,49.11,,,,", 4, "duplicate building address")]
    [InlineData("buildings.csv", "b-3,\"ул. Ленина, д. 3\",centre,43.31,45.69,,,,", 4, "outside the city")]
    [InlineData("buildings.csv", "b-3,\"ул. Ленина, д. 3\",centre,north,49.11,,,,", 4, "not a valid latitude")]
    [InlineData("buildings.csv", "b-3,\"ул. Ленина, д. 3\",centre,55.79,49.11,uk-9,,,", 4, "missing organisation 'uk-9'")]
    [InlineData("buildings.csv", "b-3,\"ул. Ленина, д. 3\",centre,55.79,49.11,lift,,,", 4, "not a managing organisation")]
    [InlineData("organisations.csv", "uk-2,Bank,Банк,,,,,,", 4, "unknown organisation type 'Bank'")]
    [InlineData("organisations.csv", "uk-2,Contractor,Подрядчик,,,123,,,", 4, "must have 10 or 12 digits")]
    [InlineData("organisations.csv", "uk-1,Contractor,Подрядчик,,,,,,", 4, "duplicate organisation 'uk-1'")]
    [InlineData("districts.csv", "south,,,", 4, "name_ru is empty")]
    [InlineData("categories.csv", "roof,attic,Кровля,,,false,true,roof", 4, "unknown parent category 'attic'")]
    [InlineData("categories.csv", "roof,,Кровля,,,maybe,true,roof", 4, "emergency must be true or false")]
    [InlineData("responsibilities.csv", "roof,,,lift", 3, "unknown category 'roof'")]
    [InlineData("responsibilities.csv", "lift,,b-9,lift", 3, "unknown building 'b-9'")]
    [InlineData("responsibilities.csv", "lift,,,nobody", 3, "missing organisation 'nobody'")]
    public async Task A_broken_row_is_reported_with_file_line_and_reason(string file, string line, int lineNumber, string reason)
    {
        var errors = await ErrorsOf(new InMemoryPackage().AppendLine(file, line));

        var error = Assert.Single(errors);
        Assert.Equal(file, error.File);
        Assert.Equal(lineNumber, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_reported()
    {
        var errors = await ErrorsOf(new InMemoryPackage().Without("districts.csv"));

        Assert.Contains(errors, e => e.File == "districts.csv" && e.Reason == "the file is missing");
    }

    [Fact]
    public async Task A_missing_column_is_reported_on_the_header_line()
    {
        var errors = await ErrorsOf(new InMemoryPackage().With("buildings.csv", "id,address,district\nb-1,x,centre\n"));

        Assert.Contains(errors, e => e.File == "buildings.csv" && e.Line == 1 && e.Reason.Contains("lat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_inn_is_the_one_error_reported_not_each_row_that_refers_to_its_organisation()
    {
        var errors = await ErrorsOf(new InMemoryPackage()
            .AppendLine("organisations.csv", "uk-2,ManagingOrganisation,УК 2,,,123,,,")
            .AppendLine("buildings.csv", "b-3,\"ул. Ленина, д. 3\",centre,55.79,49.11,uk-2,,,")
            .AppendLine("buildings.csv", "b-4,\"ул. Ленина, д. 4\",centre,55.79,49.11,uk-2,,,")
            .AppendLine("responsibilities.csv", "lift,,,uk-2")
            .AppendLine("responsibilities.csv", "lift,,b-3,lift"));

        var error = Assert.Single(errors);
        Assert.Equal(("organisations.csv", 4, PackageErrorCodes.BadInn), (error.File, error.Line, error.Code));
        Assert.Equal(["123"], error.Arguments);
        Assert.Equal(2, error.UsedBy[PackageRowKinds.Building]);
        Assert.Equal(2, error.UsedBy[PackageRowKinds.Responsibility]);
        Assert.EndsWith("used by 2 buildings, 2 responsibilities", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_district_is_reported_once_with_the_rows_that_use_it()
    {
        var errors = await ErrorsOf(new InMemoryPackage()
            .AppendLine("organisations.csv", "uk-2,ManagingOrganisation,УК 2,,,,,,atlantis")
            .AppendLine("buildings.csv", "b-3,\"ул. Ленина, д. 3\",atlantis,55.79,49.11,,,,")
            .AppendLine("buildings.csv", "b-4,\"ул. Ленина, д. 4\",centre,55.79,49.11,uk-2,,,")
            .AppendLine("responsibilities.csv", "lift,atlantis,,lift"));

        var error = Assert.Single(errors);
        Assert.Equal(("organisations.csv", 4, PackageErrorCodes.UnknownDistrict), (error.File, error.Line, error.Code));
        Assert.Equal("organisation=1 building=2 responsibility=1", string.Join(' ', error.UsedBy.Select(u => $"{u.Key}={u.Value}")));
    }

    [Fact]
    public async Task A_building_outside_the_boundary_names_the_boundary_and_the_address()
    {
        var errors = await ErrorsOf(new InMemoryPackage().AppendLine("buildings.csv", "b-3,\"ул. Ленина, д. 3\",centre,43.31,45.69,,,,"));

        var error = Assert.Single(errors);
        Assert.Equal(PackageErrorCodes.OutsideCity, error.Code);
        Assert.Equal(["ул. Ленина, д. 3", "43.31", "45.69", "Казань"], error.Arguments);
    }

    [Fact]
    public async Task A_district_polygon_names_the_district_a_building_lies_outside_of()
    {
        const string Boundaries = """
            { "type": "FeatureCollection", "features": [
              { "type": "Feature", "properties": { "name": "Казань" },
                "geometry": { "type": "Polygon", "coordinates": [[[48.8,55.6],[49.4,55.6],[49.4,55.95],[48.8,55.95],[48.8,55.6]]] } },
              { "type": "Feature", "properties": { "district": "centre" },
                "geometry": { "type": "Polygon", "coordinates": [[[49.0,55.7],[49.2,55.7],[49.2,55.85],[49.0,55.85],[49.0,55.7]]] } } ] }
            """;
        var (package, errors) = await RegistryPackageReader.ReadAsync(
            new InMemoryPackage().With(PackageBoundaries.FileName, Boundaries)
                .AppendLine("buildings.csv", "b-3,\"ул. Ленина, д. 3\",centre,55.65,48.9,,,,"),
            PackageBoundaries.None, CancellationToken.None);

        var error = Assert.Single(errors);
        Assert.Equal(PackageErrorCodes.OutsideDistrict, error.Code);
        Assert.Equal("Центральный", error.Arguments[3]);
        Assert.Contains(package.Map.Buildings, b => b.Outside && b.Address == "ул. Ленина, д. 3");
        Assert.Equal(2, package.Map.Buildings.Count(b => !b.Outside));
    }
}
