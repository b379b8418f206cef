using OpenKazan.UnitTests.Sla;

namespace OpenKazan.UnitTests.Tenancy;

/// <summary>
/// The city filter is set aside in one place only, the central team's named cross-city reader, so a reviewer has one
/// file to check for reads across cities and a new one cannot slip in unnoticed.
/// </summary>
public sealed class CrossCityReadsTests
{
    private const string Reader = "OpenKazan.BuildingBlocks/Persistence/CrossCityRows.cs";

    [Fact]
    public void Only_the_cross_city_reader_sets_the_city_filter_aside()
    {
        var src = Path.Combine(Repository.Root, "src");
        var setAside = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(src, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').Any(part => part is "obj" or "bin"))
            .Where(f => File.ReadAllText(Path.Combine(src, f)).Contains("IgnoreQueryFilters", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal([Reader], setAside);
    }
}
