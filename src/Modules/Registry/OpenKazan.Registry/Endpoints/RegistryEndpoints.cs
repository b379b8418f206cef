using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Registry.Domain;

namespace OpenKazan.Registry.Endpoints;

/// <summary>The city's public registry: districts, categories, organisations and an address search for suggestions.</summary>
public static class RegistryEndpoints
{
    public static IEndpointRouteBuilder MapRegistryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapCityApi("/api/registry", "Registry").AllowAnonymous();
        group.MapGet("/districts", ListDistricts);
        group.MapGet("/categories", ListCategories);
        group.MapGet("/organisations", ListOrganisations);
        group.MapGet("/buildings", SearchBuildings);
        return endpoints;
    }

    public sealed record DistrictDto(Guid Id, string Code, string Name);

    public sealed record CategoryDto(Guid Id, string Code, Guid? ParentId, string Name, bool IsEmergency, bool PhotoRequired, string Group);

    public sealed record OrganisationDto(Guid Id, string Code, string Type, string Name, Guid? DistrictId);

    public sealed record BuildingDto(Guid Id, string Code, string Address, Guid DistrictId, double Latitude, double Longitude);

    private static async Task<Ok<List<DistrictDto>>> ListDistricts(TenantScopedDbContext db, CancellationToken ct)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var rows = await db.Set<District>().AsNoTracking().OrderBy(d => d.Code).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(d => new DistrictDto(d.Id, d.Code, d.Name.In(culture))).ToList());
    }

    private static async Task<Ok<List<CategoryDto>>> ListCategories(TenantScopedDbContext db, CancellationToken ct)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var rows = await db.Set<ServiceCategory>().AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
        return TypedResults.Ok(rows
            .Select(c => new CategoryDto(c.Id, c.Code, c.ParentId, c.Name.In(culture), c.IsEmergency, c.PhotoRequired, c.Group))
            .ToList());
    }

    private static async Task<Ok<List<OrganisationDto>>> ListOrganisations(TenantScopedDbContext db, CancellationToken ct)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var rows = await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.Code).ToListAsync(ct);
        return TypedResults.Ok(rows
            .Select(o => new OrganisationDto(o.Id, o.Code, o.Type.ToString(), o.Name.In(culture), o.DistrictId))
            .ToList());
    }

    private static async Task<Results<Ok<List<BuildingDto>>, ProblemHttpResult>> SearchBuildings(
        TenantScopedDbContext db, string? q, int? limit, CancellationToken ct)
    {
        var take = Math.Clamp(limit ?? 10, 1, 50);
        var term = Building.NormaliseAddress(q ?? string.Empty);
        if (term.Length is < 2 or > 200)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Search text required",
                detail: "Type at least 2 and at most 200 characters of the address.");
        }

        var rows = await db.Set<Building>().AsNoTracking()
            .Where(b => b.AddressSearch.Contains(term))
            .OrderBy(b => b.AddressSearch.StartsWith(term) ? 0 : 1).ThenBy(b => b.AddressSearch)
            .Take(take)
            .Select(b => new BuildingDto(b.Id, b.Code, b.Address, b.DistrictId, b.Latitude, b.Longitude))
            .ToListAsync(ct);
        return TypedResults.Ok(rows);
    }
}
