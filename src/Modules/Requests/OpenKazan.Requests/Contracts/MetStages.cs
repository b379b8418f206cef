using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Contracts;

/// <summary>A stage a request has met: the business minutes from registration until it was met, and whether that was on time.</summary>
public sealed class MetStageRow
{
    public Guid RequestId { get; init; }

    /// <summary>The stage's name as the SLA policy writes it (<c>Accept</c>, <c>Localise</c>, <c>Resolve</c>).</summary>
    public required string Stage { get; init; }

    public long BusinessMinutes { get; init; }

    public bool OnTime { get; init; }
}

/// <summary>The stages the city's requests have met, as a query the caller filters in the database.</summary>
public static class MetStages
{
    public static IQueryable<MetStageRow> MetStageRows(this TenantScopedDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<StageDuration>().AsNoTracking().Select(s => new MetStageRow
        {
            RequestId = s.RequestId, Stage = s.Stage, BusinessMinutes = s.BusinessMinutes, OnTime = s.OnTime,
        });
    }
}
