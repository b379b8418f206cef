using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;

namespace OpenKazan.Registry.Contracts;

/// <summary>A district with its name in every language of the city (a page or a cached answer picks the language later).</summary>
public sealed record NamedDistrict(Guid Id, string Code, LocalizedText Name);

/// <summary>An organisation with its name in every language of the city.</summary>
public sealed record NamedOrganisation(Guid Id, string Code, LocalizedText Name);

/// <summary>A category with its name in every language of the city and the group its form attributes come from.</summary>
public sealed record NamedCategory(Guid Id, string Code, LocalizedText Name, string Group);

/// <summary>An organisation that manages one of a resident's buildings, with that building's address.</summary>
public sealed record BuildingManager(Guid OrganisationId, string Code, LocalizedText Name, string BuildingAddress);

/// <summary>A row of the responsibility map: the organisation that handles a category city-wide, in a district or in one building.</summary>
public sealed record ResponsibilityLine(Guid CategoryId, Guid? DistrictId, Guid? BuildingId, Guid OrganisationId);

/// <summary>The registry's districts, organisations and buildings as other modules read them, names in every language.</summary>
public static class RegistryDirectory
{
    public static Task<List<NamedDistrict>> NamedDistrictsAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<District>().AsNoTracking().OrderBy(d => d.Code).Select(d => new NamedDistrict(d.Id, d.Code, d.Name)).ToListAsync(ct);
    }

    public static Task<NamedDistrict?> DistrictByCodeAsync(this TenantScopedDbContext db, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<District>().AsNoTracking().Where(d => d.Code == code)
            .Select(d => new NamedDistrict(d.Id, d.Code, d.Name)).SingleOrDefaultAsync(ct);
    }

    public static Task<List<NamedOrganisation>> ManagingOrganisationsAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Organisation>().AsNoTracking().Where(o => o.Type == OrganisationType.ManagingOrganisation)
            .Select(o => new NamedOrganisation(o.Id, o.Code, o.Name)).ToListAsync(ct);
    }

    /// <summary>The ids of the buildings in a district (every building for none), still a query so callers filter by it in the database.</summary>
    public static IQueryable<Guid> BuildingIdsIn(this TenantScopedDbContext db, Guid? districtId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var buildings = db.Set<Building>().AsQueryable();
        return (districtId is null ? buildings : buildings.Where(b => b.DistrictId == districtId)).Select(b => b.Id);
    }

    public static Task<bool> OrganisationExistsAsync(this TenantScopedDbContext db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Organisation>().AnyAsync(o => o.Id == id, ct);
    }

    /// <summary>The category with this code when it is a leaf (a request is always filed in the most precise category), or null.</summary>
    public static async Task<NamedCategory?> LeafCategoryAsync(this TenantScopedDbContext db, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var category = await db.Set<ServiceCategory>().AsNoTracking().Where(c => c.Code == code)
            .Select(c => new NamedCategory(c.Id, c.Code, c.Name, c.Group)).SingleOrDefaultAsync(ct);
        return category is null || await db.Set<ServiceCategory>().AnyAsync(c => c.ParentId == category.Id, ct) ? null : category;
    }

    public static Task<BuildingDto?> BuildingByCodeAsync(this TenantScopedDbContext db, string code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Building>().AsNoTracking().Where(b => b.Code == code)
            .Select(b => new BuildingDto(b.Id, b.Code, b.Address, b.DistrictId, b.Latitude, b.Longitude)).SingleOrDefaultAsync(ct);
    }

    public static Task<bool> BuildingExistsAsync(this TenantScopedDbContext db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Building>().AnyAsync(b => b.Id == id, ct);
    }

    public static Task<List<BuildingDto>> BuildingsAsync(this TenantScopedDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Building>().AsNoTracking().Where(b => ids.Contains(b.Id))
            .Select(b => new BuildingDto(b.Id, b.Code, b.Address, b.DistrictId, b.Latitude, b.Longitude)).ToListAsync(ct);
    }

    /// <summary>The managing organisation of each of these buildings that has one, one line per building.</summary>
    public static Task<List<BuildingManager>> ManagersOfAsync(this TenantScopedDbContext db, IReadOnlyCollection<Guid> buildingIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Building>().AsNoTracking()
            .Where(b => buildingIds.Contains(b.Id) && b.ManagingOrganisationId != null)
            .Join(db.Set<Organisation>(), b => b.ManagingOrganisationId, o => o.Id, (b, o) => new BuildingManager(o.Id, o.Code, o.Name, b.Address))
            .ToListAsync(ct);
    }

    /// <summary>The city's first building (by code) that has a managing organisation, or null.</summary>
    public static Task<Guid?> FirstManagedBuildingAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Building>().Where(b => b.ManagingOrganisationId != null)
            .OrderBy(b => b.Code).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The first of these buildings (by code) that the organisation manages, or null.</summary>
    public static Task<Guid?> FirstBuildingManagedByAsync(
        this TenantScopedDbContext db, IReadOnlyCollection<Guid> buildingIds, Guid organisationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Building>()
            .Where(b => buildingIds.Contains(b.Id) && b.ManagingOrganisationId == organisationId)
            .OrderBy(b => b.Code).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// The responsibility map's rows that may route a request in this category (or its parent) at this building: the
    /// city-wide and district rows, and the building's own; which of them wins is the caller's rule.
    /// </summary>
    public static Task<List<ResponsibilityLine>> ResponsibilitiesForAsync(
        this TenantScopedDbContext db, Guid categoryId, Guid? parentId, Guid buildingId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Responsibility>().AsNoTracking()
            .Where(r => r.CategoryId == categoryId || r.CategoryId == parentId)
            .Where(r => r.BuildingId == null || r.BuildingId == buildingId)
            .Select(r => new ResponsibilityLine(r.CategoryId, r.DistrictId, r.BuildingId, r.OrganisationId))
            .ToListAsync(ct);
    }

    /// <summary>The whole responsibility map of the city, for a caller that routes many requests at once (the analytics generator).</summary>
    public static Task<List<ResponsibilityLine>> ResponsibilityMapAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Responsibility>().AsNoTracking()
            .Select(r => new ResponsibilityLine(r.CategoryId, r.DistrictId, r.BuildingId, r.OrganisationId))
            .ToListAsync(ct);
    }
}
