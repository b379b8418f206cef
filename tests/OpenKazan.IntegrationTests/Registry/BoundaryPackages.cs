using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Users;
using OpenKazan.Host.Commands;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.IntegrationTests.Registry;

/// <summary>
/// Copies of the Elabuga test package, each a city of its own (a new id and slug), imported and exported through the
/// operator CLI on the suite's server; the folders go when the test ends.
/// </summary>
public sealed class BoundaryPackages(IServiceProvider services) : IDisposable
{
    public static readonly string Elabuga = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "OpenKazan.BrowserTests", "Packages", "elabuga");

    /// <summary>Only a city polygon, a rectangle around Elabuga's buildings: the east of its centre lies outside it.</summary>
    public const string OldTown = """
        { "type": "FeatureCollection", "features": [
          { "type": "Feature", "properties": { "name": "Старая Елабуга" },
            "geometry": { "type": "Polygon", "coordinates": [[[52.0,55.75],[52.1,55.75],[52.1,55.78],[52.0,55.78],[52.0,55.75]]] } } ] }
        """;

    private readonly List<string> _folders = [];

    /// <summary>A copy of Elabuga as a new city, with the given boundaries.geojson instead of its own (null: its own).</summary>
    public string NewCity(string? boundaries = null)
    {
        var folder = NewFolder();
        foreach (var file in Directory.GetFiles(Elabuga))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var tenant = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "tenant.json")))!;
        tenant["id"] = Guid.NewGuid().ToString();
        tenant["slug"] = "elb-" + Guid.NewGuid().ToString("N")[..8];
        File.WriteAllText(Path.Combine(folder, "tenant.json"), tenant.ToJsonString());
        if (boundaries is not null)
        {
            File.WriteAllText(Path.Combine(folder, "boundaries.geojson"), boundaries);
        }

        return folder;
    }

    public static string Slug(string folder) => JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "tenant.json")))!["slug"]!.GetValue<string>();

    public async Task<TenantInfo> ImportAsync(string folder)
    {
        var (exit, output) = await RunAsync("import", folder);
        Assert.True(exit == 0, output);
        return services.GetRequiredService<ITenantStore>().FindBySlug(Slug(folder))!;
    }

    public async Task<string> ExportAsync(string slug)
    {
        var folder = NewFolder();
        var (exit, output) = await RunAsync("export", slug, folder);
        Assert.True(exit == 0, output);
        return folder;
    }

    public async Task<T> InCityAsync<T>(TenantInfo city, Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = services.GetRequiredService<TenantScopeFactory>().Create(city);
        return await work(scope.Services);
    }

    /// <summary>Opens the imported city to residents and Open311, as its go-live does.</summary>
    public async Task<TenantInfo> ActivateAsync(TenantInfo city)
    {
        ArgumentNullException.ThrowIfNull(city);
        var (exit, output) = await RunAsync("activate", city.Slug);
        Assert.True(exit == 0, output);
        return services.GetRequiredService<ITenantStore>().FindBySlug(city.Slug)!;
    }

    /// <summary>A new account, the city's administrator, with the password "Secret123"; returns its e-mail.</summary>
    public Task<string> NewAdminAsync(TenantInfo city) => NewAccountAsync(city, Roles.TenantAdmin);

    /// <summary>A new account with one role in the city, with the password "Secret123"; returns its e-mail.</summary>
    public Task<string> NewAccountAsync(TenantInfo city, string role) => InCityAsync(city, async sp =>
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.org";
        var user = new PlatformUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Алсу Хакимова" };
        var created = await sp.GetRequiredService<UserManager<PlatformUser>>().CreateAsync(user, "Secret123");
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await sp.GetRequiredService<CityAccess>().GrantAsync(user.Id, city.Id, role, null, CancellationToken.None);
        return email;
    });

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        await using var scope = services.CreateAsyncScope();
        using var output = new StringWriter();
        var exit = await new TenantCommands(scope.ServiceProvider, output).RunAsync(args, CancellationToken.None);
        return (exit, output.ToString());
    }

    private string NewFolder()
    {
        var folder = Directory.CreateTempSubdirectory("openkazan-boundaries-").FullName;
        _folders.Add(folder);
        return folder;
    }
}
