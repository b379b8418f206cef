using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Open311.ApiKeys;

internal sealed record IssueKeyBody(string? Name, bool? CanPostUpdates, Guid? OrganisationId);

internal sealed record ApiKeyDto(Guid Id, string Name, string Hint, bool CanPostUpdates, Guid? OrganisationId, DateTime CreatedAt, DateTime? RevokedAt)
{
    public static ApiKeyDto From(ApiKey k)
    {
        ArgumentNullException.ThrowIfNull(k);
        return new(k.Id, k.Name, k.Hint, k.CanPostUpdates, k.OrganisationId, k.CreatedAt, k.RevokedAt);
    }
}

/// <summary>The key itself, shown this once: only its hash is kept.</summary>
internal sealed record IssuedKeyDto(ApiKeyDto Key, string ApiKey);

/// <summary>The city's administrator issues, lists and revokes the city's Open311 keys.</summary>
internal static class ApiKeyEndpoints
{
    public static IEndpointRouteBuilder MapOpen311KeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapCityApi("/api/open311/keys", "Open311").RequireAuthorization(Policies.TenantAdmin);
        group.MapPost("/", IssueAsync).WithName("IssueOpen311Key");
        group.MapGet("/", ListAsync).WithName("ListOpen311Keys");
        group.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeOpen311Key");
        return endpoints;
    }

    private static async Task<Results<Created<IssuedKeyDto>, ProblemHttpResult>> IssueAsync(
        IssueKeyBody? body, TenantScopedDbContext db, HttpContext http, TimeProvider time, CancellationToken ct)
    {
        var name = body?.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            return Invalid("name", "Name the client in 1 to 100 characters.");
        }

        if (body!.OrganisationId is { } organisation && !await db.OrganisationExistsAsync(organisation, ct))
        {
            return Invalid("organisationId", "No such organisation in this city.");
        }

        var secret = ApiKeySecrets.Generate();
        var key = new ApiKey
        {
            Name = name,
            Hash = ApiKeySecrets.Hash(secret),
            Hint = ApiKeySecrets.Hint(secret),
            CanPostUpdates = body.CanPostUpdates ?? false,
            OrganisationId = body.OrganisationId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedBy = Guid.TryParse(http.User.FindFirst(OpenKazanClaims.Subject)?.Value, out var by) ? by : null,
        };
        db.Add(key);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"{http.Request.PathBase}/api/open311/keys/{key.Id}", new IssuedKeyDto(ApiKeyDto.From(key), secret));
    }

    private static async Task<Ok<List<ApiKeyDto>>> ListAsync(TenantScopedDbContext db, CancellationToken ct)
    {
        var keys = await db.Set<ApiKey>().AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(keys.Select(ApiKeyDto.From).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(Guid id, TenantScopedDbContext db, TimeProvider time, CancellationToken ct)
    {
        var key = await db.Set<ApiKey>().SingleOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Key not found", detail: "No such Open311 key in this city.");
        }

        key.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult Invalid(string field, string message) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
}
