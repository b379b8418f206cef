using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.SlaMonitor;

internal sealed record SlaIncidentDto(Guid RequestId, string Number, string Stage, string Kind, int Level, string? Notify, Guid? OrganisationId, DateTime At);

/// <summary>The city's recent SLA warnings, breaches and escalations, for dispatchers and the committee.</summary>
internal static class SlaIncidentEndpoints
{
    public static RouteGroupBuilder MapSlaIncidentEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/sla-incidents", ListAsync).WithName("SlaIncidents").RequireAuthorization(Policies.CitySupervisor);
        return group;
    }

    private static async Task<Ok<List<SlaIncidentDto>>> ListAsync(TenantScopedDbContext db, CancellationToken ct)
    {
        var rows = await (from i in db.Set<SlaIncident>().AsNoTracking()
                          join r in db.Set<ServiceRequest>().AsNoTracking() on i.RequestId equals r.Id
                          orderby i.At descending
                          select new { i, r.Number }).Take(200).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(x => new SlaIncidentDto(x.i.RequestId, x.Number, x.i.Stage, x.i.Kind.ToString(), x.i.Level, x.i.Notify, x.i.OrganisationId, x.i.At)).ToList());
    }
}
