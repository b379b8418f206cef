using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;

namespace OpenKazan.Registry.Contracts;

/// <summary>A category's stored values, names in every language, as the registry editor's form shows them.</summary>
public sealed record CategoryRecord(Guid Id, string Code, LocalizedText Name, Guid? ParentId, string Group, bool IsEmergency, bool PhotoRequired);

/// <summary>An organisation's stored values, as the registry editor's form shows them.</summary>
public sealed record OrganisationRecord(
    Guid Id, string Code, LocalizedText Name, OrganisationType Type, Guid? DistrictId, string? Inn, string? Phone, string? Email);

/// <summary>A building's stored values, as the registry editor's form shows them.</summary>
public sealed record BuildingRecord(
    Guid Id, string Code, string Address, Guid DistrictId, double Latitude, double Longitude, Guid? ManagingOrganisationId,
    int? Floors, int? Flats, int? YearBuilt);

/// <summary>One registry entry by id with every stored value, or null when the city has none with that id.</summary>
public static class RegistryRecords
{
    public static Task<NamedDistrict?> DistrictRecordAsync(this TenantScopedDbContext db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<District>().AsNoTracking().Where(d => d.Id == id).Select(d => new NamedDistrict(d.Id, d.Code, d.Name)).SingleOrDefaultAsync(ct);
    }

    public static Task<CategoryRecord?> CategoryRecordAsync(this TenantScopedDbContext db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<ServiceCategory>().AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CategoryRecord(c.Id, c.Code, c.Name, c.ParentId, c.Group, c.IsEmergency, c.PhotoRequired)).SingleOrDefaultAsync(ct);
    }

    public static Task<CategoryRecord?> CategoryRecordByCodeAsync(this TenantScopedDbContext db, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<ServiceCategory>().AsNoTracking().Where(c => c.Code == code)
            .Select(c => new CategoryRecord(c.Id, c.Code, c.Name, c.ParentId, c.Group, c.IsEmergency, c.PhotoRequired)).SingleOrDefaultAsync(ct);
    }

    public static Task<OrganisationRecord?> OrganisationRecordAsync(this TenantScopedDbContext db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Organisation>().AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationRecord(o.Id, o.Code, o.Name, o.Type, o.DistrictId, o.Inn, o.Phone, o.Email)).SingleOrDefaultAsync(ct);
    }

    public static Task<BuildingRecord?> BuildingRecordAsync(this TenantScopedDbContext db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Building>().AsNoTracking().Where(b => b.Id == id)
            .Select(b => new BuildingRecord(
                b.Id, b.Code, b.Address, b.DistrictId, b.Latitude, b.Longitude, b.ManagingOrganisationId, b.Floors, b.Flats, b.YearBuilt))
            .SingleOrDefaultAsync(ct);
    }
}
