using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>
/// The vote measures: residents' votes on organisations in scope, dated by the day they were cast in the city's own
/// time zone and placed in the district of the voter's building. Votes are few (one per resident, organisation and
/// period), so they are read for each report and grouped with the same code as the facts.
/// </summary>
internal static class VoteReport
{
    public static async Task<GroupedValues> RunAsync(
        TenantScopedDbContext db, ReportQuery query, ReportScope scope, DateOnly from, DateOnly to, Func<Guid, TimeZoneInfo> zoneOf,
        CancellationToken ct)
    {
        // A day of slack on each side in UTC; the exact local date is checked per vote below.
        var start = from.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var votes = await (
            from vote in db.VoteRows(scope.Cities, scope.CrossCity)
            join building in db.BuildingPlaces(scope.Cities, scope.CrossCity) on vote.BuildingId equals building.Id
            join organisation in db.OrganisationLabels(scope.Cities, scope.CrossCity) on vote.OrganisationId equals organisation.Id
            where vote.CastAt >= start && vote.CastAt < end
            select new { vote.TenantId, vote.CastAt, vote.OrganisationId, building.DistrictId, organisation.Type, vote.Score })
            .ToListAsync(ct);
        var zones = votes.Select(v => v.TenantId).Distinct().ToDictionary(city => city, zoneOf);
        var set = new FactColumns();
        foreach (var v in votes)
        {
            var castOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(v.CastAt, DateTimeKind.Utc), zones[v.TenantId]));
            set.PutVote(v.TenantId, castOn, v.DistrictId, v.OrganisationId, v.Type.ToString(), v.Score);
        }

        return ColumnarReport.Group([set], query, scope.OrganisationId, from, to);
    }
}
