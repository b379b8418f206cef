using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;

namespace OpenKazan.Registry.Contracts;

/// <summary>Organisations by their code, the name staff invitations and lists use for them.</summary>
public static class OrganisationCodes
{
    public static Task<Dictionary<Guid, string>> OrganisationCodesAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Organisation>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Code, ct);
    }

    public static Task<string?> OrganisationCodeAsync(this TenantScopedDbContext db, Guid organisationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Organisation>().Where(o => o.Id == organisationId).Select(o => o.Code).FirstOrDefaultAsync(ct);
    }

    public static Task<Guid?> OrganisationIdAsync(this TenantScopedDbContext db, string? code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Organisation>().Where(o => o.Code == code).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The managing organisation first by code, or null when the city has none.</summary>
    public static Task<Guid?> FirstManagingOrganisationAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Organisation>().Where(o => o.Type == OrganisationType.ManagingOrganisation)
            .OrderBy(o => o.Code).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
    }
}
