using Microsoft.Extensions.Options;
using OpenKazan.Host.Seeding;
using OpenKazan.Identity.Contracts;
using OpenKazan.Persistence;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host;

/// <summary>What runs before the first request: migrations (Development only), the catalog, the demo cities, accounts and request history.</summary>
public static class StartupTasks
{
    public static async Task RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        PrepareDataFolder(app);
        await using var scope = app.Services.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        await scope.ServiceProvider.GetRequiredService<ITenantStore>().RefreshAsync(app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<DemoCitySeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
        if (app.Environment.IsDevelopment())
        {
            await scope.ServiceProvider.GetRequiredService<IDemoAccountSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
            await ActivatorUtilities.CreateInstance<DemoResidentSeeder>(scope.ServiceProvider).SeedAsync(app.Lifetime.ApplicationStopping);
            await ActivatorUtilities.CreateInstance<DemoRequestSeeder>(scope.ServiceProvider).SeedAsync(app.Lifetime.ApplicationStopping);
        }
    }

    /// <summary>The embedded SQLite file lives under data/; SQLite does not create folders itself.</summary>
    public static void PrepareDataFolder(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        Directory.CreateDirectory(Path.Combine(app.Environment.ContentRootPath, "data"));
    }
}
