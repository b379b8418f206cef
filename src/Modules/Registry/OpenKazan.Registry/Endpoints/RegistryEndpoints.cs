using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Registry.Lookups;

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
        group.MapGet("/buildings/nearest", NearestBuilding.FindAsync);
        return endpoints;
    }

    private static async Task<Ok<List<DistrictDto>>> ListDistricts(TenantScopedDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.DistrictsAsync(ct));

    private static async Task<Ok<List<CategoryDto>>> ListCategories(TenantScopedDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.CategoriesAsync(ct));

    private static async Task<Ok<List<OrganisationDto>>> ListOrganisations(TenantScopedDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.OrganisationsAsync(ct));

    private static async Task<Results<Ok<List<BuildingDto>>, ProblemHttpResult>> SearchBuildings(
        TenantScopedDbContext db, string? q, int? limit, CancellationToken ct)
    {
        var rows = await db.SearchBuildingsAsync(q, Math.Clamp(limit ?? 10, 1, 50), ct);
        return rows is not null
            ? TypedResults.Ok(rows)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Search text required",
                detail: "Type at least 2 and at most 200 characters of the address.");
    }
}
