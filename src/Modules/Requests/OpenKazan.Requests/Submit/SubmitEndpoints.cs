using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Web;

namespace OpenKazan.Requests.Submit;

/// <summary>Intake: check for likely duplicates, then file (a resident for themselves, an operator for a caller).</summary>
public static class SubmitEndpoints
{
    public static RouteGroupBuilder MapSubmitEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/", SubmitAsync)
            .WithName("SubmitRequest")
            .WithSummary("File a request; the answer lists likely duplicates as a warning")
            .RequireAuthorization(Policies.CityUser);
        group.MapPost("/duplicates", CheckDuplicatesAsync)
            .WithName("CheckDuplicates")
            .WithSummary("Open requests at the same building and category, before filing a new one")
            .RequireAuthorization(Policies.CityUser);
        return group;
    }

    private static async Task<Results<Created<SubmitResult>, ProblemHttpResult>> SubmitAsync(
        SubmitRequestBody? body, [FromServices] ICurrentUser user, SubmitRequestHandler handler, CancellationToken ct)
    {
        var (valid, errors) = SubmitRequestValidator.Validate(body, user);
        if (valid is null)
        {
            return Problems.Invalid(errors);
        }

        var (result, field, error) = await handler.HandleAsync(valid, user, ct);
        return result is null
            ? Problems.Invalid(field!, error!)
            : TypedResults.Created($"/api/requests/{result.Request.Id}", result);
    }

    private static async Task<Results<Ok<IReadOnlyList<PossibleDuplicate>>, ProblemHttpResult>> CheckDuplicatesAsync(
        DuplicateCheckBody? body, BuildingLocator buildings, DuplicateFinder finder, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var point = SubmitRequestValidator.CheckPlace(body?.BuildingId, body?.Latitude, body?.Longitude, errors);
        if (body?.CategoryId is not { } categoryId || categoryId == Guid.Empty)
        {
            errors["categoryId"] = ["Choose a category."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var building = await buildings.FindAsync(body!.BuildingId, point, ct);
        return building is null
            ? Problems.Invalid("buildingId", "No such building in this city.")
            : TypedResults.Ok(await finder.FindAsync(building.Id, body.CategoryId!.Value, ct));
    }
}
