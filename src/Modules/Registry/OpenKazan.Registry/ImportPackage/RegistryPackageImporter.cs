using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.Editing;

namespace OpenKazan.Registry.ImportPackage;

/// <summary>
/// Writes a checked registry package into the current city. Rows are matched by code, so a re-import updates
/// what is there and adds what is new without duplicating; nothing is deleted (requests refer to it).
/// </summary>
internal sealed class RegistryPackageImporter(TenantScopedDbContext db, TimeProvider time)
{
    public async Task<RegistryImportSummary> ImportAsync(RegistryPackage package, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(package);
        var districts = await UpsertDistrictsAsync(package.Districts, cancellationToken);
        await ReplaceBoundariesAsync(package.Map.Boundaries, districts, cancellationToken);
        progress?.Report(10);
        var organisations = await UpsertOrganisationsAsync(package.Organisations, districts, cancellationToken);
        progress?.Report(20);
        var buildings = await UpsertBuildingsAsync(package.Buildings, districts, organisations, cancellationToken);
        progress?.Report(80);
        var categories = await UpsertCategoriesAsync(package.Categories, cancellationToken);
        progress?.Report(90);
        await ReplaceResponsibilitiesAsync(package.Responsibilities, categories, districts, buildings, organisations, cancellationToken);
        progress?.Report(100);
        return new RegistryImportSummary(districts.Count, organisations.Count, buildings.Count, categories.Count, package.Responsibilities.Count);
    }

    private async Task<Dictionary<string, Guid>> UpsertDistrictsAsync(IReadOnlyList<DistrictRow> rows, CancellationToken ct)
    {
        var existing = await db.Set<District>().ToDictionaryAsync(d => d.Code, ct);
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code, out var district))
            {
                district = new District { Code = row.Code, Name = row.Name };
                db.Add(district);
                existing[row.Code] = district;
            }

            district.Name = row.Name;
        }

        await db.SaveChangesAsync(ct);
        return existing.ToDictionary(p => p.Key, p => p.Value.Id);
    }

    /// <summary>
    /// The boundaries are replaced whole by the package's boundaries.geojson; a package without it leaves the city
    /// with none (buildings are then checked against tenant.json's bounds). The bounds rectangle itself is not stored.
    /// </summary>
    private async Task ReplaceBoundariesAsync(PackageBoundaries boundaries, Dictionary<string, Guid> districts, CancellationToken ct)
    {
        db.RemoveRange(await db.Set<AreaBoundary>().ToListAsync(ct));
        if (boundaries.City is { Geometry: { } city })
        {
            db.Add(new AreaBoundary { Name = boundaries.City.Name, Geometry = city });
        }

        foreach (var (code, boundary) in boundaries.Districts)
        {
            if (boundary.Geometry is { } geometry)
            {
                db.Add(new AreaBoundary { DistrictId = districts[code], Name = boundary.Name, Geometry = geometry });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<Dictionary<string, Guid>> UpsertOrganisationsAsync(
        IReadOnlyList<OrganisationRow> rows, Dictionary<string, Guid> districts, CancellationToken ct)
    {
        var existing = await db.Set<Organisation>().ToDictionaryAsync(o => o.Code, ct);
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code, out var organisation))
            {
                organisation = new Organisation { Code = row.Code, Name = row.Name };
                db.Add(organisation);
                existing[row.Code] = organisation;
            }

            organisation.Type = row.Type;
            organisation.Name = row.Name;
            organisation.Inn = row.Inn;
            organisation.Phone = row.Phone;
            organisation.Email = row.Email;
            organisation.DistrictId = row.District is null ? null : districts[row.District];
        }

        await db.SaveChangesAsync(ct);
        return existing.ToDictionary(p => p.Key, p => p.Value.Id);
    }

    private async Task<Dictionary<string, Guid>> UpsertBuildingsAsync(
        IReadOnlyList<BuildingRow> rows, Dictionary<string, Guid> districts, Dictionary<string, Guid> organisations, CancellationToken ct)
    {
        var existing = await db.Set<Building>().ToDictionaryAsync(b => b.Code, ct);
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code, out var building))
            {
                building = new Building { Code = row.Code, Address = row.Address, AddressSearch = string.Empty };
                db.Add(building);
                existing[row.Code] = building;
            }

            building.Address = row.Address;
            building.AddressSearch = Building.NormaliseAddress(row.Address);
            building.DistrictId = districts[row.District];
            building.Latitude = row.Latitude;
            building.Longitude = row.Longitude;
            building.ManagingOrganisationId = row.ManagingOrganisation is null ? null : organisations[row.ManagingOrganisation];
            building.Floors = row.Floors;
            building.Flats = row.Flats;
            building.YearBuilt = row.YearBuilt;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return existing.ToDictionary(p => p.Key, p => p.Value.Id);
    }

    private async Task<Dictionary<string, Guid>> UpsertCategoriesAsync(IReadOnlyList<CategoryRow> rows, CancellationToken ct)
    {
        var existing = await db.Set<ServiceCategory>().ToDictionaryAsync(c => c.Code, ct);
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code, out var category))
            {
                category = new ServiceCategory { Code = row.Code, Name = row.Name, Group = row.Group };
                db.Add(category);
                existing[row.Code] = category;
            }

            category.Name = row.Name;
            category.IsEmergency = row.Emergency;
            category.PhotoRequired = row.PhotoRequired;
            category.Group = row.Group;
        }

        foreach (var row in rows)
        {
            existing[row.Code].ParentId = row.Parent is null ? null : existing[row.Parent].Id;
        }

        // A re-import of the same package changes nothing, and then the city's changeset stays where it was.
        db.ChangeTracker.DetectChanges();
        if (db.ChangeTracker.Entries<ServiceCategory>().Any(e => e.State != EntityState.Unchanged))
        {
            await ServiceCatalogueChanges.MarkAsync(db, time, ct);
        }

        await db.SaveChangesAsync(ct);
        return existing.ToDictionary(p => p.Key, p => p.Value.Id);
    }

    /// <summary>The responsibility map is replaced whole: it has no identity of its own beyond its columns.</summary>
    private async Task ReplaceResponsibilitiesAsync(
        IReadOnlyList<ResponsibilityRow> rows, Dictionary<string, Guid> categories, Dictionary<string, Guid> districts,
        Dictionary<string, Guid> buildings, Dictionary<string, Guid> organisations, CancellationToken ct)
    {
        db.RemoveRange(await db.Set<Responsibility>().ToListAsync(ct));
        foreach (var row in rows)
        {
            db.Add(new Responsibility
            {
                CategoryId = categories[row.Category],
                DistrictId = row.District is null ? null : districts[row.District],
                BuildingId = row.Building is null ? null : buildings[row.Building],
                OrganisationId = organisations[row.Organisation],
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
