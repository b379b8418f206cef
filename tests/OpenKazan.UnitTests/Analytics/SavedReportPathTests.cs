using System.Text.RegularExpressions;

namespace OpenKazan.UnitTests.Analytics;

/// <summary>
/// One path per saved report: the API and the report page both save through <c>ISavedReports</c>, so only its store
/// creates a saved report (the page once did so itself, without the API's checks).
/// </summary>
public sealed partial class SavedReportPathTests
{
    [Fact]
    public void Only_the_saved_report_store_creates_a_saved_report()
    {
        var creators = Directory.GetFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => NewSavedReport().IsMatch(File.ReadAllText(f)))
            .Select(Path.GetFileName);

        Assert.Equal(new[] { "SavedReportStore.cs" }, creators);
    }

    [GeneratedRegex(@"new SavedReport\b")]
    private static partial Regex NewSavedReport();
}
