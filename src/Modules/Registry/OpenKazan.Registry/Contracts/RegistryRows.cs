using Microsoft.EntityFrameworkCore;
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

/// <summary>A category's code, name and group (the group its form attributes and reports come from), to join to in one query.</summary>
public sealed class CategoryLabel
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required LocalizedText Name { get; init; }

    public required string Group { get; init; }
}

/// <summary>An organisation's code, name and type, to join to in one query.</summary>
public sealed class OrganisationLabel
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required LocalizedText Name { get; init; }

    public OrganisationType Type { get; init; }
}

/// <summary>
/// The registry's rows as queries that another module composes into its own, so the database does the joining: the
/// current city's, or (given the cities and <c>crossCity</c>) the rows of the cities a cross-city report names, read
/// through <see cref="CityRows"/>.
/// </summary>
public static class RegistryRows
{
    public static IQueryable<BuildingPlace> BuildingPlaces(this TenantScopedDbContext db) => Places(Current<Building>(db));

    public static IQueryable<BuildingPlace> BuildingPlaces(this TenantScopedDbContext db, IReadOnlyCollection<Guid> cities, bool crossCity) =>
        Places(CityRows.Of<Building>(db, cities, crossCity));

    public static IQueryable<DistrictLabel> DistrictLabels(this TenantScopedDbContext db) => Labels(Current<District>(db));

    public static IQueryable<DistrictLabel> DistrictLabels(this TenantScopedDbContext db, IReadOnlyCollection<Guid> cities, bool crossCity) =>
        Labels(CityRows.Of<District>(db, cities, crossCity));

    public static IQueryable<CategoryLabel> CategoryLabels(this TenantScopedDbContext db) => Labels(Current<ServiceCategory>(db));

    public static IQueryable<CategoryLabel> CategoryLabels(this TenantScopedDbContext db, IReadOnlyCollection<Guid> cities, bool crossCity) =>
        Labels(CityRows.Of<ServiceCategory>(db, cities, crossCity));

    public static IQueryable<OrganisationLabel> OrganisationLabels(this TenantScopedDbContext db) => Labels(Current<Organisation>(db));

    public static IQueryable<OrganisationLabel> OrganisationLabels(this TenantScopedDbContext db, IReadOnlyCollection<Guid> cities, bool crossCity) =>
        Labels(CityRows.Of<Organisation>(db, cities, crossCity));

    private static DbSet<T> Current<T>(TenantScopedDbContext db)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<T>();
    }

    private static IQueryable<BuildingPlace> Places(IQueryable<Building> buildings) => buildings.Select(b => new BuildingPlace
    {
        Id = b.Id, Code = b.Code, Address = b.Address, Latitude = b.Latitude, Longitude = b.Longitude, DistrictId = b.DistrictId,
        ManagingOrganisationId = b.ManagingOrganisationId,
    });

    private static IQueryable<DistrictLabel> Labels(IQueryable<District> districts) =>
        districts.Select(d => new DistrictLabel { Id = d.Id, Code = d.Code, Name = d.Name });

    private static IQueryable<CategoryLabel> Labels(IQueryable<ServiceCategory> categories) =>
        categories.Select(c => new CategoryLabel { Id = c.Id, Code = c.Code, Name = c.Name, Group = c.Group });

    private static IQueryable<OrganisationLabel> Labels(IQueryable<Organisation> organisations) =>
        organisations.Select(o => new OrganisationLabel { Id = o.Id, Code = o.Code, Name = o.Name, Type = o.Type });
}
