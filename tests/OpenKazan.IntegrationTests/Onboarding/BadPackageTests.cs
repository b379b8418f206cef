using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Onboarding;

/// <summary>
/// One broken package per validation rule: each is refused before anything is written, with the file, the line and
/// the reason. The packages are the Elabuga test package with one change.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class BadPackageTests(SqliteFactory factory)
{
    private static readonly string Elabuga = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "OpenKazan.BrowserTests", "Packages", "elabuga");

    public static TheoryData<string, string, string, int?, string> Breakages => new()
    {
        { "tenant.json", "", "tenant.json", null, "the file is missing" },
        { "tenant.json", "{ \"slug\": ", "tenant.json", 1, "not valid JSON" },
        { "districts.csv", "+centre,Дубль,Дубль,Double", "districts.csv", 4, "duplicate district 'centre'" },
        { "districts.csv", "+east,,Көнчыгыш,East", "districts.csv", 4, "name_ru is empty" },
        { "districts.csv", "code,name_tt\ncentre,Үзәк", "districts.csv", 1, "missing column(s): name_ru" },
        { "organisations.csv", "+bakery,Bakery,Пекарня,,,,,,", "organisations.csv", 6, "unknown organisation type 'Bakery'" },
        { "organisations.csv", "+uk-two,ManagingOrganisation,УК 2,,,123,,,", "organisations.csv", 6, "INN '123' must have 10 or 12 digits" },
        { "organisations.csv", "+uk-three,ManagingOrganisation,УК 3,,,,,,south", "organisations.csv", 6, "unknown district 'south'" },
        { "organisations.csv", "+uk-elabuga,ManagingOrganisation,УК,,,,,,", "organisations.csv", 6, "duplicate organisation 'uk-elabuga'" },
        { "buildings.csv", "+elb-000051,\"ул. Новая, д. 1\",atlantis,55.76,52.05,uk-elabuga,5,20,2020", "buildings.csv", 52, "unknown district 'atlantis'" },
        { "buildings.csv", "+elb-000001,\"ул. Новая, д. 2\",centre,55.76,52.05,uk-elabuga,5,20,2020", "buildings.csv", 52, "duplicate building 'elb-000001'" },
        { "buildings.csv", "+elb-000052,\"ул. Мира, д. 1\",centre,55.76,52.05,uk-elabuga,5,20,2020", "buildings.csv", 52, "duplicate building address" },
        { "buildings.csv", "+elb-000053,\"ул. Новая, д. 3\",centre,north,52.05,uk-elabuga,5,20,2020", "buildings.csv", 52, "are not a valid latitude and longitude" },
        { "buildings.csv", "+elb-000054,\"ул. Новая, д. 4\",centre,55.60,52.05,uk-elabuga,5,20,2020", "buildings.csv", 52, "is outside the city boundary" },
        { "buildings.csv", "+elb-000055,\"ул. Новая, д. 5\",centre,55.76,52.05,elablift,5,20,2020", "buildings.csv", 52, "organisation 'elablift' is not a managing organisation" },
        { "buildings.csv", "+elb-000056,\"ул. Новая, д. 6\",centre,55.76,52.05,uk-nobody,5,20,2020", "buildings.csv", 52, "missing organisation 'uk-nobody'" },
        { "categories.csv", "+chimney.soot,chimney,Сажа в дымоходе,,,false,false,chimney", "categories.csv", 32, "unknown parent category 'chimney'" },
        { "categories.csv", "+yard,,Двор,,,maybe,false,yard", "categories.csv", 32, "emergency must be true or false, not 'maybe'" },
        { "categories.csv", "+yard,,Двор,,,false,false,", "categories.csv", 32, "the group is empty" },
        { "responsibilities.csv", "+chimney,,,elablift", "responsibilities.csv", 6, "unknown category 'chimney'" },
        { "responsibilities.csv", "+lift,,elb-999999,elablift", "responsibilities.csv", 6, "unknown building 'elb-999999'" },
        { "responsibilities.csv", "+lift,,,nobody", "responsibilities.csv", 6, "missing organisation 'nobody'" },
        { "sla.json", "", "sla.json", null, "the file is missing" },
        { "sla.json", "{ \"rules\": [", "sla.json", 1, "not valid" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task A_broken_package_is_refused_with_file_line_and_reason(string file, string change, string errorFile, int? line, string reason)
    {
        var folder = CopyOfElabuga();
        Break(Path.Combine(folder, file), change);

        using var scope = factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ICityPackageImporter>()
            .ImportAsync(new FolderPackageSource(folder), dryRun: false, progress: null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.File == errorFile && e.Line == line && e.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Null(factory.Services.GetRequiredService<ITenantStore>().FindBySlug("elabuga"));
    }

    /// <summary>"" deletes the file, "+line" appends a line, anything else replaces the whole file.</summary>
    private static void Break(string path, string change)
    {
        if (change.Length == 0)
        {
            File.Delete(path);
        }
        else if (change.StartsWith('+'))
        {
            File.AppendAllText(path, change[1..] + "\n");
        }
        else
        {
            File.WriteAllText(path, change);
        }
    }

    private static string CopyOfElabuga()
    {
        var folder = Directory.CreateTempSubdirectory("elabuga-").FullName;
        foreach (var file in Directory.GetFiles(Elabuga))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
