using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Registry.Contracts;
using OpenKazan.Sla.Contracts;

namespace OpenKazan.UnitTests.Sla;

/// <summary>The demo cities' sla.json files and the embedded template are valid against their own registries.</summary>
public sealed class TenantSlaFilesTests
{
    public static TheoryData<string> Cities { get; } = new(
        Directory.GetDirectories(Path.Combine(Repository.Root, "tenants")).Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(Cities))]
    public async Task A_demo_city_sla_json_parses_without_errors(string city)
    {
        var source = new FolderPackageSource(Path.Combine(Repository.Root, "tenants", city));
        var registry = await CheckedRegistryPackage.ReadAsync(source, city: null, CancellationToken.None);

        var (policy, errors) = await SlaPackageReader.ReadAsync(source, registry.Categories, CancellationToken.None);

        Assert.Empty(errors);
        Assert.Equal(SlaTemplates.Ru416, policy!.Template);
    }

    [Fact]
    public void The_RU_416_template_is_embedded_and_is_the_demo_cities_policy()
    {
        var template = SlaTemplates.Json(SlaTemplates.Ru416);
        var kazan = File.ReadAllText(Path.Combine(Repository.Root, "tenants", "kazan", "sla.json"));

        Assert.Equal(kazan, template);
        Assert.Equal(6, SlaTemplates.Document(SlaTemplates.Ru416).Rules.Count);
        Assert.Null(SlaTemplates.Json("XX-1"));
    }
}
