using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Open311.Formatting;
using OpenKazan.Open311.Services;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Open311.Requests;

/// <summary>
/// <c>POST requests</c>: checks the Open311 parameters, then files the request through the same intake as the web and
/// the call centre (validation, number, dispatch, SLA deadlines, notifications), on the Open311 channel.
/// </summary>
internal static class CreateRequestEndpoint
{
    private static readonly Dictionary<string, string> IntakeFields = new(StringComparer.Ordinal)
    {
        ["requester.name"] = "first_name and last_name",
        ["requester.phone"] = "phone",
        ["requester.email"] = "email",
        ["flat"] = "attribute[flat]",
        ["entrance"] = "attribute[entrance]",
        ["photos"] = "media_url",
    };

    public static async Task<Open311Result> CreateAsync(
        Open311Call call, LocationResolver locations, IRequestIntake intake, RequestReader reader, TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(locations);
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(db);
        var key = call.Key!;
        if (call.Parameter("service_code") is not { } code)
        {
            return Open311Errors.BadRequest(call.Format, "service_code is required.");
        }

        if (await ServicesEndpoints.FindAsync(db, code, ct) is not { } category)
        {
            return Open311Errors.NotFound(call.Format, $"No service '{code}' in this city.");
        }

        var (attributes, attributeError, ignored) = AttributeValues.Read(call, ServiceAttributes.For(category.Group));
        if (attributes is null)
        {
            return Open311Errors.BadRequest(call.Format, attributeError!);
        }

        var description = call.Parameter("description");
        if (description?.Length > RequestText.MaxLength)
        {
            return Open311Errors.BadRequest(call.Format, $"description is at most {RequestText.MaxLength} characters.");
        }

        var mediaUrl = call.Parameter("media_url");
        if (mediaUrl is not null && !IsWebAddress(mediaUrl))
        {
            return Open311Errors.BadRequest(call.Format, "media_url is an absolute http or https URL of at most 2000 characters.");
        }

        var (building, locationError) = await locations.ResolveAsync(call, ct);
        if (building is null)
        {
            return Open311Errors.BadRequest(call.Format, locationError!);
        }

        var client = new Open311Client(key);
        var body = Submission.Body(call, building.Id, category, description, attributes);
        var (valid, errors) = intake.Validate(body, client);
        if (valid is null)
        {
            return Open311Errors.BadRequest(call.Format, Describe(errors.First()));
        }

        var (result, field, error) = await intake.HandleAsync(valid, client, new SubmissionPhotos([], Linked: mediaUrl is not null), ct, requestId => new Open311Submission
        {
            RequestId = requestId,
            ApiKeyId = key.Id,
            MediaUrl = mediaUrl,
            AttributesJson = attributes.Count == 0 ? null : JsonSerializer.Serialize(attributes),
        });
        if (result is null)
        {
            return Open311Errors.BadRequest(call.Format, Describe(new(field!, [error!])));
        }

        var filed = (await reader.ReadAsync(reader.Requests.Where(r => r.Id == result.Request.Id), call.Zone, false, ct))[0];
        var notice = $"Registered as {filed.ServiceRequestId}; handled by {filed.AgencyResponsible ?? "the city dispatcher, who assigns it"}"
                     + (filed.ExpectedDatetime is { } due ? $"; expected by {due}." : ".")
                     + (ignored.Count == 0 ? "" : $" Ignored (not attributes of this service): {string.Join(", ", ignored.Select(c => $"attribute[{c}]"))}.");
        return new Open311Result(call.Format, "service_requests", new[] { new CreatedRequestDto(filed.ServiceRequestId, notice) });
    }

    private static string Describe(KeyValuePair<string, string[]> error) =>
        $"{IntakeFields.GetValueOrDefault(error.Key, error.Key)}: {string.Join(' ', error.Value)}";

    private static bool IsWebAddress(string value) =>
        value.Length <= 2000 && Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
