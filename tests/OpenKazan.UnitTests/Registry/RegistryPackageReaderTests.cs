using OpenKazan.Registry.ImportPackage;
using OpenKazan.Tenancy;

namespace OpenKazan.UnitTests.Registry;

/// <summary>Every validation rule of the registry files, each reported with its file, line and reason.</summary>
public sealed class RegistryPackageReaderTests
{
    private static readonly GeoBounds Kazan = new(55.6, 55.95, 48.8, 49.4);

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
        Assert.Equal(("organisations.csv", 4), (error.File, error.Line));
        Assert.Contains("INN '123'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_building_outside_the_boundary_names_the_boundary()
    {
        var errors = await ErrorsOf(new InMemoryPackage().AppendLine("buildings.csv", "b-3,\"ул. Ленина, д. 3\",centre,43.31,45.69,,,,"));

        Assert.Contains("outside the city boundary (tenant.json bounds: latitude 55.6…55.95, longitude 48.8…49.4)", Assert.Single(errors).Reason, StringComparison.Ordinal);
    }
}
