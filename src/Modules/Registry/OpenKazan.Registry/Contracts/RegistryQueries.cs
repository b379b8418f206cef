using OpenKazan.Registry.Lookups;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.Search;

namespace OpenKazan.Registry.Contracts;

public sealed record DistrictDto(Guid Id, string Code, string Name);

public sealed record CategoryDto(Guid Id, string Code, Guid? ParentId, string Name, bool IsEmergency, bool PhotoRequired, string Group);

public sealed record OrganisationDto(Guid Id, string Code, string Type, string Name, Guid? DistrictId);

public sealed record BuildingDto(Guid Id, string Code, string Address, Guid DistrictId, double Latitude, double Longitude);

/// <summary>The registry's reads in the current language, shared by the public API and the pages.</summary>
public static class RegistryQueries
{
    public static async Task<List<DistrictDto>> DistrictsAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Set<District>().AsNoTracking().OrderBy(d => d.Code).ToListAsync(ct);
        return rows.Select(d => new DistrictDto(d.Id, d.Code, d.Name.In(Culture))).ToList();
    }

    /// <summary>When the city's categories last changed, or null if they never changed since this was recorded.</summary>
    public static async Task<DateTime?> ServicesChangedAtAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<ServiceCatalogueStamp>().AsNoTracking().Select(s => (DateTime?)s.ChangedAt).SingleOrDefaultAsync(ct);
    }

    public static async Task<List<CategoryDto>> CategoriesAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Set<ServiceCategory>().AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
        return rows.Select(c => new CategoryDto(c.Id, c.Code, c.ParentId, c.Name.In(Culture), c.IsEmergency, c.PhotoRequired, c.Group)).ToList();
    }

    public static async Task<List<OrganisationDto>> OrganisationsAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.Code).ToListAsync(ct);
        return rows.Select(o => new OrganisationDto(o.Id, o.Code, o.Type.ToString(), o.Name.In(Culture), o.DistrictId)).ToList();
    }

    public static Task<int> CountBuildingsAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Building>().CountAsync(ct);
    }

    /// <summary>The first page of the address search (<see cref="AddressSearch"/>); null when the text is too short or long.</summary>
    public static async Task<List<BuildingDto>?> SearchBuildingsAsync(this TenantScopedDbContext db, string? text, int take, CancellationToken ct) =>
        (await db.SearchAddressAsync(text, 0, take, ct))?.Buildings.ToList();

    /// <summary>The first buildings by code, for a list that has not been searched yet.</summary>
    public static Task<List<BuildingDto>> FirstBuildingsAsync(this TenantScopedDbContext db, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Building>().AsNoTracking().OrderBy(b => b.Code).Take(take)
            .Select(b => new BuildingDto(b.Id, b.Code, b.Address, b.DistrictId, b.Latitude, b.Longitude)).ToListAsync(ct);
    }

    public static Task<BuildingDto?> BuildingAsync(this TenantScopedDbContext db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Building>().AsNoTracking().Where(b => b.Id == id)
            .Select(b => new BuildingDto(b.Id, b.Code, b.Address, b.DistrictId, b.Latitude, b.Longitude)).SingleOrDefaultAsync(ct);
    }

    private static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
