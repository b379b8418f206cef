using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Requests.Attachments;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Submit;

/// <summary>Intake: check for likely duplicates, then file (a resident for themselves, an operator for a caller).</summary>
public static class SubmitEndpoints
{
    public static RouteGroupBuilder MapSubmitEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        // One endpoint for both bodies: two on one route would both match a POST without Content-Type (a 500).
        group.MapPost("/", SubmitAsync)
            .WithName("SubmitRequest")
            .WithSummary("File a request (JSON), or a request with its photos (multipart/form-data, the request's JSON in the part " +
                "`request`, files in `photos`); the answer lists likely duplicates as a warning")
            .Accepts<SubmitRequestBody>("application/json", "multipart/form-data")
            .RequireAuthorization(Policies.CityUser);
        group.MapPost("/duplicates", CheckDuplicatesAsync)
            .WithName("CheckDuplicates")
            .WithSummary("Open requests at the same building and category, before filing a new one")
            .RequireAuthorization(Policies.CityUser);
        return group;
    }

    private static async Task<Results<Created<SubmitResult>, ProblemHttpResult>> SubmitAsync(
        HttpRequest http, [FromServices] ICurrentUser user, SubmitRequestHandler handler, AttachmentSaver attachments,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        if (http.HasFormContentType)
        {
            return await SubmitWithPhotosAsync(http, user, handler, attachments, json, ct);
        }

        SubmitRequestBody? body = null;
        try
        {
            if (http.ContentLength is not 0 && http.HasJsonContentType())
            {
                body = await http.ReadFromJsonAsync<SubmitRequestBody>(json.Value.SerializerOptions, ct);
            }
        }
        catch (JsonException)
        {
            return Problems.Invalid("body", "The request as JSON.");
        }

        return await FileAsync(body, SubmissionPhotos.None, user, handler, ct);
    }

    /// <summary>The request and its photos in one call, so a category that needs a photo can be filed and no photo is lost.</summary>
    private static async Task<Results<Created<SubmitResult>, ProblemHttpResult>> SubmitWithPhotosAsync(
        HttpRequest http, [FromServices] ICurrentUser user, SubmitRequestHandler handler, AttachmentSaver attachments,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        IFormCollection form;
        SubmitRequestBody? body;
        try
        {
            form = await http.ReadFormAsync(ct);
            body = JsonSerializer.Deserialize<SubmitRequestBody>(form["request"].ToString(), json.Value.SerializerOptions);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException)
        {
            return Problems.Invalid("request", "A multipart form whose part `request` holds the request as JSON.");
        }

        var (files, refused) = await attachments.CheckAllAsync(form.Files.GetFiles("photos"), ct);
        if (refused.Count > 0)
        {
            var (name, failure) = refused[0];
            return Problems.Invalid("photos", failure == AttachmentFailure.TooLarge
                ? $"{name}: larger than {attachments.MaxBytes / (1024 * 1024)} MB."
                : $"{name}: not a JPEG, PNG or WebP photo.");
        }

        return await FileAsync(body, new SubmissionPhotos(files), user, handler, ct);
    }

    private static async Task<Results<Created<SubmitResult>, ProblemHttpResult>> FileAsync(
        SubmitRequestBody? body, SubmissionPhotos photos, ICurrentUser user, SubmitRequestHandler handler, CancellationToken ct)
    {
        var (valid, errors) = SubmitRequestValidator.Validate(body, user);
        if (valid is null)
        {
            return Problems.Invalid(errors);
        }

        var (result, field, error) = await handler.HandleAsync(valid, user, photos, ct);
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

        var (building, outside) = await buildings.FindAsync(body!.BuildingId, point, ct);
        if (outside is not null)
        {
            return Problems.Invalid("latitude", BuildingLocator.OutsideText(point, outside));
        }

        return building is null
            ? Problems.Invalid("buildingId", "No such building in this city.")
            : TypedResults.Ok(await finder.FindAsync(building.Id, body.CategoryId!.Value, ct));
    }
}
