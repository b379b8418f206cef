using System.Text.Json.Nodes;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Persistence;

namespace OpenKazan.IntegrationTests.ScaleOut;

/// <summary>
/// Innopolis with a database of its own, configured as production would be: the demo city packages copied to a
/// temporary folder with Innopolis's <c>tenant.json</c> switched to <c>OwnDatabase</c>, and a second PostgreSQL
/// database on the same server given to every node as <c>ConnectionStrings:innopolis</c>.
/// </summary>
public sealed class OwnDatabaseCity : IAsyncDisposable
{
    public const string Host = "innopolis.localhost";
    private const string Slug = "innopolis";

    private OwnDatabaseCity(TestDatabase database, string tenantsFolder, Guid id)
    {
        Database = database;
        TenantsFolder = tenantsFolder;
        Id = id;
    }

    public TestDatabase Database { get; }

    public Guid Id { get; }

    private string TenantsFolder { get; }

    public static async Task<OwnDatabaseCity> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var folder = Path.Combine(Path.GetTempPath(), $"openkazan-two-node-tenants-{Guid.NewGuid():N}");
        foreach (var file in Directory.GetFiles(TestEnvironment.TenantsFolder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(TestEnvironment.TenantsFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var tenantFile = Path.Combine(folder, Slug, "tenant.json");
        var tenant = JsonNode.Parse(await File.ReadAllTextAsync(tenantFile))!;
        tenant["isolation"] = new JsonObject { ["mode"] = "OwnDatabase", ["connectionStringName"] = Slug };
        await File.WriteAllTextAsync(tenantFile, tenant.ToJsonString());
        return new OwnDatabaseCity(database, folder, tenant["id"]!.GetValue<Guid>());
    }

    /// <summary>The seed folder with this city's package, and the connection string its <c>tenant.json</c> names.</summary>
    public void Configure(Dictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Seed__TenantsFolder"] = TenantsFolder;
        settings[$"ConnectionStrings__{Slug}"] = Database.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        Directory.Delete(TenantsFolder, recursive: true);
    }
}
