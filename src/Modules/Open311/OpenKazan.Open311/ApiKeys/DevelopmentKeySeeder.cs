using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Open311.ApiKeys;

/// <summary>
/// In Development, every city of the catalog gets the key <c>dev-{slug}-open311</c> on start (documented in the README),
/// so a developer can try Open311 at once. Never in any other environment.
/// </summary>
internal sealed partial class DevelopmentKeySeeder(
    IHostEnvironment environment, ITenantStore store, TenantScopeFactory scopes, TimeProvider time, ILogger<DevelopmentKeySeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return;
        }

        foreach (var city in store.All.Where(c => c.Status is TenantStatus.Active or TenantStatus.Onboarding))
        {
            try
            {
                await SeedAsync(city, cancellationToken);
            }
            catch (DbException e)
            {
                // A database without the Open311 tables yet (migrations not applied) must not stop a developer's host.
                LogNotSeeded(logger, city.Slug, e.Message);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(TenantInfo city, CancellationToken ct)
    {
        await using var scope = scopes.Create(city);
        var db = scope.Services.GetRequiredService<TenantScopedDbContext>();
        var secret = ApiKeySecrets.DevelopmentKey(city.Slug);
        var hash = ApiKeySecrets.Hash(secret);
        if (await db.Set<ApiKey>().AnyAsync(k => k.Hash == hash, ct))
        {
            return;
        }

        db.Add(new ApiKey
        {
            Name = "Development key",
            Hash = hash,
            Hint = ApiKeySecrets.Hint(secret),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Open311 development key of {Slug} not seeded: {Reason}")]
    private static partial void LogNotSeeded(ILogger logger, string slug, string reason);
}
