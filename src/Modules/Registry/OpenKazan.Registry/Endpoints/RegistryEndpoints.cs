using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Registry.Lookups;
using OpenKazan.Registry.Search;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Registry.Endpoints;

/// <summary>The city's public registry: districts, categories, organisations and an address search for suggestions.</summary>
internal static class RegistryEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
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

    /// <summary>One page of the address search; a <c>Link rel=next</c> header names the next page when there is one.</summary>
    private static async Task<Results<Ok<IReadOnlyList<BuildingDto>>, ProblemHttpResult>> SearchBuildings(
        HttpContext http, TenantScopedDbContext db, string? q, int? limit, int? offset, CancellationToken ct)
    {
        var take = Math.Clamp(limit ?? 10, 1, 50);
        var skip = Math.Clamp(offset ?? 0, 0, 10_000);
        var page = await db.SearchAddressAsync(q, skip, take, ct);
        if (page is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Search text required",
                detail: $"Type at least {AddressSearch.MinLength} and at most {AddressSearch.MaxLength} characters of the address.");
        }

        if (page.HasMore)
        {
            var next = $"{http.Request.Path}?q={Uri.EscapeDataString(q ?? string.Empty)}&limit={take}&offset={skip + take}";
            http.Response.Headers.Append("Link", $"<{next}>; rel=\"next\"");
        }

        return TypedResults.Ok(page.Buildings);
    }
}
