using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Domain;

namespace OpenKazan.Registry.Contracts;

/// <summary>
/// A building as a row another module joins to its own in one query (open data and Open311 join a page of requests to
/// their places) or reads to route a request (its district and managing organisation). Classes with settable members,
/// not positional records, so that such joins still translate to SQL.
/// </summary>
public sealed class BuildingPlace
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Address { get; init; }

    public double Latitude { get; init; }

    public double Longitude { get; init; }

    public Guid DistrictId { get; init; }

    public Guid? ManagingOrganisationId { get; init; }
}

/// <summary>A district's code and name, to join to in one query.</summary>
public sealed class DistrictLabel
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required LocalizedText Name { get; init; }
}

/// <summary>A category's code and name, to join to in one query.</summary>
public sealed class CategoryLabel
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required LocalizedText Name { get; init; }
}

/// <summary>An organisation's code and name, to join to in one query.</summary>
public sealed class OrganisationLabel
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required LocalizedText Name { get; init; }
}

/// <summary>The registry's rows as queries that another module composes into its own, so the database does the joining.</summary>
public static class RegistryRows
{
    public static IQueryable<BuildingPlace> BuildingPlaces(this TenantScopedDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Building>().Select(b => new BuildingPlace
        {
            Id = b.Id, Code = b.Code, Address = b.Address, Latitude = b.Latitude, Longitude = b.Longitude, DistrictId = b.DistrictId,
            ManagingOrganisationId = b.ManagingOrganisationId,
        });
    }

    public static IQueryable<DistrictLabel> DistrictLabels(this TenantScopedDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<District>().Select(d => new DistrictLabel { Id = d.Id, Code = d.Code, Name = d.Name });
    }

    public static IQueryable<CategoryLabel> CategoryLabels(this TenantScopedDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<ServiceCategory>().Select(c => new CategoryLabel { Id = c.Id, Code = c.Code, Name = c.Name });
    }

    public static IQueryable<OrganisationLabel> OrganisationLabels(this TenantScopedDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Organisation>().Select(o => new OrganisationLabel { Id = o.Id, Code = o.Code, Name = o.Name });
    }
}
