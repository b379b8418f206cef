using Microsoft.EntityFrameworkCore;
using OpenKazan.Analytics.Contracts;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Contracts;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Seeding;

/// <summary>
/// Development only: a demo city without any request gets <c>Seed:DemoRequests</c> generated requests of the last
/// <see cref="Days"/> days (histories, deadlines, breaches, escalations, ratings), so a newcomer sees a working city.
/// 0 or no setting turns it off; a city that already has requests is left alone, so it runs once.
/// </summary>
public sealed partial class DemoRequestSeeder(
    IConfiguration configuration, ITenantStore store, TenantScopeFactory scopes, TimeProvider time, ILogger<DemoRequestSeeder> logger)
{
    public const int Days = 90;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var count = configuration.GetValue<int?>("Seed:DemoRequests") ?? 0;
        if (count <= 0)
        {
            return;
        }

        foreach (var city in store.All.Where(c => c.Status == TenantStatus.Active).OrderBy(c => c.Slug, StringComparer.Ordinal))
        {
            await using var scope = scopes.Create(city);
            if (await scope.Services.GetRequiredService<TenantScopedDbContext>().PublicRequestRows().AnyAsync(cancellationToken))
            {
                continue;
            }

            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(time.GetUtcNow().UtcDateTime, city.Zone));
            var seed = city.Slug.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
            var result = await scope.Services.GetRequiredService<IRequestGenerator>()
                .GenerateAsync(new GeneratorOptions(count, seed, Days, today), TextWriter.Null, cancellationToken);
            LogSeeded(logger, city.Slug, result.Requests, result.Took.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded city {Slug} with {Requests} generated requests in {Seconds:0.0} s (Seed:DemoRequests = 0 turns this off).")]
    private static partial void LogSeeded(ILogger logger, string slug, int requests, double seconds);
}
