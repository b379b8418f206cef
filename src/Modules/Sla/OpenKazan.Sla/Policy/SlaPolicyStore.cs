using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Sla.Contracts;

namespace OpenKazan.Sla.Policy;

/// <summary>Reads and writes the current city's policy row.</summary>
public sealed class SlaPolicyStore(
    TenantScopedDbContext db, ICurrentTenant currentTenant, HybridCache cache, ICityChangeSignal changes, TimeProvider time)
{
    private const string CacheName = "sla-policy";

    /// <summary>
    /// The city's policy, or the RU-416 template while the city has none, so every request gets deadlines.
    /// Intake plans deadlines on every submission, so the parsed document is cached per city until the city changes.
    /// </summary>
    public async Task<SlaPolicyDocument> CurrentAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(
            CityCache.Key(CityId, CacheName), this, static (store, ct) => store.ReadCurrentAsync(ct),
            CityCache.Entry, CityCache.Tags, cancellationToken);

    public Task<SlaPolicy?> FindAsync(CancellationToken cancellationToken) =>
        db.Set<SlaPolicy>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);

    /// <summary>Stores a checked document as the city's policy, creating the row or bumping its version.</summary>
    public async Task<SlaPolicy> SaveAsync(SlaPolicyDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var row = await db.Set<SlaPolicy>().SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            row = new SlaPolicy { Document = string.Empty };
            db.Add(row);
        }

        var json = SlaPolicyJson.Write(document);
        if (row.Document == json)
        {
            // Re-importing the same package is not a change: the version and time stay.
            return row;
        }

        row.Template = document.Template;
        row.Document = json;
        row.Version++;
        row.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await changes.CityChangedAsync(CityId, cancellationToken);
        return row;
    }

    private Guid CityId => currentTenant.Id ?? throw new InvalidOperationException("The SLA policy belongs to a city; none is current.");

    private async ValueTask<SlaPolicyDocument> ReadCurrentAsync(CancellationToken cancellationToken)
    {
        var row = await FindAsync(cancellationToken);
        if (row is null)
        {
            return SlaTemplates.Document(SlaTemplates.Ru416);
        }

        // The row was checked when written; a failure here is a bug or a hand-edited database, not user input.
        var (document, errors) = SlaPolicyJson.Parse(row.Document, "sla_policies", categories: null);
        return document ?? throw new InvalidOperationException($"The stored SLA policy is invalid: {string.Join("; ", errors)}");
    }
}
