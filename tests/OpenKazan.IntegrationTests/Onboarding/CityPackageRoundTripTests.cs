using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Host.Commands;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Registry.Domain;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Onboarding;

/// <summary>The operator CLI on the real services: export equals the package it came from; re-import adds nothing.</summary>
public abstract class CityPackageRoundTripTests(OpenKazanFactory factory) : IDisposable
{
    private static readonly string[] RegistryFiles =
        ["districts.csv", "organisations.csv", "buildings.csv", "categories.csv", "responsibilities.csv"];

    [Fact]
    public async Task An_exported_city_equals_its_package()
    {
        var folder = TempFolder();
        var (exit, _) = await RunAsync("export", "kazan", folder);

        Assert.Equal(0, exit);
        foreach (var file in RegistryFiles)
        {
            var original = Lines(Path.Combine(TestEnvironment.TenantsFolder, "kazan", file));
            var exported = Lines(Path.Combine(folder, file));
            Assert.Equal(original.First(), exported.First());
            Assert.Empty(exported.Except(original, StringComparer.Ordinal));
            Assert.Empty(original.Except(exported, StringComparer.Ordinal));
        }

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse(TenantJson.Write(TenantJson.Parse(await File.ReadAllTextAsync(Path.Combine(TestEnvironment.TenantsFolder, "kazan", "tenant.json"))))),
            JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "tenant.json")))));
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(TestEnvironment.TenantsFolder, "kazan", "logo.svg")),
            await File.ReadAllBytesAsync(Path.Combine(folder, "logo.svg")));
    }

    [Fact]
    public async Task Re_importing_a_city_updates_without_duplicating()
    {
        var before = await CountBuildingsAsync("grozny");
        var (exit, output) = await RunAsync("import", Path.Combine(TestEnvironment.TenantsFolder, "grozny"));

        Assert.Equal(0, exit);
        Assert.Contains("Imported 'grozny'", output, StringComparison.Ordinal);
        Assert.Equal(before, await CountBuildingsAsync("grozny"));
    }

    [Fact]
    public async Task A_broken_package_is_refused_with_file_line_and_reason_and_nothing_is_written()
    {
        var folder = TempFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(TestEnvironment.TenantsFolder, "innopolis")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var buildings = Path.Combine(folder, "buildings.csv");
        await File.AppendAllTextAsync(buildings, "inn-999999,\"ул. Новая, д. 1\",atlantis,55.75,48.74,,5,20,2020\n");
        var lineOfBadRow = File.ReadAllLines(buildings).Length;
        var before = await CountBuildingsAsync("innopolis");

        var (exit, output) = await RunAsync("import", folder);

        Assert.Equal(1, exit);
        Assert.Contains($"buildings.csv:{lineOfBadRow}: unknown district 'atlantis'", output, StringComparison.Ordinal);
        Assert.Equal(before, await CountBuildingsAsync("innopolis"));
    }

    [Fact]
    public async Task A_dry_run_checks_without_writing()
    {
        var (exit, output) = await RunAsync("import", Path.Combine(TestEnvironment.TenantsFolder, "kazan"), "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("dry run", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_shows_every_city_and_unknown_commands_are_refused()
    {
        var (listExit, list) = await RunAsync("list");
        var (badExit, _) = await RunAsync("explode", "kazan");
        var (missingExit, missing) = await RunAsync("suspend", "atlantis");

        Assert.Equal(0, listExit);
        Assert.Contains("kazan", list, StringComparison.Ordinal);
        Assert.Contains("grozny", list, StringComparison.Ordinal);
        Assert.Equal(2, badExit);
        Assert.Equal(1, missingExit);
        Assert.Contains("no city 'atlantis'", missing, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var output = new StringWriter();
        var exit = await new TenantCommands(scope.ServiceProvider, output).RunAsync(args, CancellationToken.None);
        return (exit, output.ToString());
    }

    private async Task<int> CountBuildingsAsync(string slug)
    {
        await using var scope = factory.Services.GetRequiredService<TenantScopeFactory>()
            .Create(factory.Services.GetRequiredService<OpenKazan.Tenancy.Contracts.ITenantStore>().FindBySlug(slug)!);
        return await scope.Services.GetRequiredService<TenantScopedDbContext>().Set<Building>().CountAsync();
    }

    private static string[] Lines(string path) => File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();

    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private string TempFolder()
    {
        var folder = Directory.CreateTempSubdirectory("openkazan-package-").FullName;
        _folders.Add(folder);
        return folder;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCityPackageRoundTripTests(SqliteFactory factory) : CityPackageRoundTripTests(factory);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCityPackageRoundTripTests(PostgresFactory factory) : CityPackageRoundTripTests(factory);
