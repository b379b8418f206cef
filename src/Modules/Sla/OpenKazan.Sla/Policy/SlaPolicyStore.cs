using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Sla.Policy;

/// <summary>Reads and writes the current city's policy row.</summary>
public sealed class SlaPolicyStore(TenantScopedDbContext db, SlaPolicyCache cache, TimeProvider time)
{
    /// <summary>The city's policy, or the RU-416 template while the city has none, so every request gets deadlines.</summary>
    public async Task<SlaPolicyDocument> CurrentAsync(CancellationToken cancellationToken)
    {
        var head = await db.Set<SlaPolicy>().AsNoTracking().Select(p => new { p.Id, p.Version }).SingleOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return SlaTemplates.Document(SlaTemplates.Ru416);
        }

        if (cache.Find(head.Id, head.Version) is { } cached)
        {
            return cached;
        }

        var row = await db.Set<SlaPolicy>().AsNoTracking().SingleAsync(p => p.Id == head.Id, cancellationToken);

        // The row was checked when written; a failure here is a bug or a hand-edited database, not user input.
        var (document, errors) = SlaPolicyJson.Parse(row.Document, "sla_policies", categories: null);
        if (document is null)
        {
            throw new InvalidOperationException($"The stored SLA policy is invalid: {string.Join("; ", errors)}");
        }

        cache.Keep(row.Id, row.Version, document);
        return document;
    }

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
        return row;
    }
}
