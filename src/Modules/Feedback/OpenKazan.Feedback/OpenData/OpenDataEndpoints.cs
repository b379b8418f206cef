using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Feedback.Ratings;
using OpenKazan.Feedback.Web;

namespace OpenKazan.Feedback.OpenData;

/// <summary>An open-data JSON document: a list of rows (the ratings) or rows streamed from the database (the requests).</summary>
internal sealed record OpenDataDocument<TRecords>(string City, string Dataset, string Schema, DateTime GeneratedAt, string? Period, TRecords Records);

/// <summary>
/// Open data at stable URLs per city (<c>/open-data/requests.csv</c> on the city's host or under <c>/t/{city}/</c>):
/// anonymised requests and the ratings, as CSV and JSON. The schema is described on the <c>/open-data</c> page and in
/// docs/transparency.md.
/// </summary>
internal static class OpenDataEndpoints
{
    private const string SchemaUrl = "/open-data";

    private static readonly (string Name, Func<OpenRequestRecord, object?> Value)[] RequestColumns =
    [
        ("number", r => r.Number), ("status", r => r.Status), ("priority", r => r.Priority), ("channel", r => r.Channel),
        ("category_code", r => r.CategoryCode), ("category_name", r => r.CategoryName),
        ("district_code", r => r.DistrictCode), ("district_name", r => r.DistrictName),
        ("building_code", r => r.BuildingCode), ("building_address", r => r.BuildingAddress),
        ("latitude", r => r.Latitude), ("longitude", r => r.Longitude), ("organisation_code", r => r.OrganisationCode),
        ("registered_at", r => r.RegisteredAt), ("resolved_at", r => r.ResolvedAt), ("closed_at", r => r.ClosedAt),
        ("reopen_count", r => r.ReopenCount), ("feedback_score", r => r.FeedbackScore), ("feedback_comment", r => r.FeedbackComment),
    ];

    private static readonly (string Name, Func<RatingDto, object?> Value)[] RatingColumns =
    [
        ("period", r => r.Period), ("district_code", r => r.District), ("rank", r => r.Rank),
        ("organisation_code", r => r.OrganisationCode), ("organisation_name", r => r.OrganisationName),
        ("score", r => r.Score), ("margin", r => r.Margin), ("lower", r => r.Lower), ("upper", r => r.Upper),
        ("resolved", r => r.Resolved), ("on_time", r => r.OnTime), ("reopened", r => r.Reopened),
        ("feedback_count", r => r.FeedbackCount), ("feedback_average", r => r.FeedbackAverage),
        ("vote_count", r => r.VoteCount), ("vote_average", r => r.VoteAverage),
    ];

    public static IEndpointRouteBuilder MapOpenDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapCityApi("/open-data", "OpenData");

        // Sent from their export files, not through the output cache, which would copy each file into memory.
        group.MapGet("/requests.{format}", RequestsAsync).WithName("OpenDataRequests")
            .WithSummary("Anonymised requests as CSV or JSON, optionally registered in one period")
            .AllowAnonymous().RequireRateLimiting(TransparencyRateLimits.Public);
        group.MapGet("/ratings.{format}", RatingsAsync).WithName("OpenDataRatings")
            .WithSummary("Ratings of managing organisations (csv or json) for a period and district")
            .AllowAnonymous().RequireRateLimiting(TransparencyRateLimits.Public).CacheOutput(PublicOutput.Export)
            .WithMetadata(new LargePublicOutput());
        return endpoints;
    }

    /// <summary>
    /// From the city's export file (built once, then sent to every visitor with its validators), or streamed from the
    /// database row by row when the files are off.
    /// </summary>
    private static async Task<Results<PhysicalFileHttpResult, PushStreamHttpResult, ProblemHttpResult>> RequestsAsync(
        string format, string? period, OpenRequestReader reader, RatingsCalculator ratings, ExportFiles files, ICurrentTenant tenant,
        TimeProvider time, IOptions<JsonOptions> json, CancellationToken ct)
    {
        if (format is not ("csv" or "json"))
        {
            return Problems.NotFound("Format");
        }

        if (PeriodOf(period, ratings, out var registeredIn) is { } invalid)
        {
            return invalid;
        }

        var city = tenant.Tenant!;
        var contentType = format == "csv" ? CsvContentType : JsonContentType;
        Task Write(Stream body, CancellationToken token)
        {
            var rows = reader.StreamAsync(registeredIn, city.DefaultCulture, token);
            return format == "csv"
                ? Csv.WriteAsync(body, rows, RequestColumns, token)
                : JsonSerializer.SerializeAsync(
                    body, new OpenDataDocument<IAsyncEnumerable<OpenRequestRecord>>(city.Slug, "requests", SchemaUrl, time.GetUtcNow().UtcDateTime, registeredIn?.Key, rows),
                    json.Value.SerializerOptions, token);
        }

        if (!files.Enabled)
        {
            return TypedResults.Stream(body => Write(body, ct), contentType);
        }

        var file = await files.GetAsync(city.Id, $"requests-{registeredIn?.Key ?? "newest"}.{format}", Write, ct);
        return TypedResults.PhysicalFile(
            file.Path, contentType, lastModified: file.ReadAt, entityTag: new EntityTagHeaderValue(file.ETag));
    }

    private static ProblemHttpResult? PeriodOf(string? period, RatingsCalculator ratings, out RatingPeriod? registeredIn)
    {
        registeredIn = period is null ? null : ratings.PeriodOf(period);
        return period is not null && (period.Length > 8 || registeredIn is null)
            ? Problems.Invalid("period", "Not a period of this city (e.g. 2026-Q4).")
            : null;
    }

    private static async Task<Results<ContentHttpResult, Ok<OpenDataDocument<List<RatingDto>>>, ProblemHttpResult>> RatingsAsync(
        string format, string? period, string? district, RatingsCalculator ratings, ICurrentTenant tenant, TimeProvider time, CancellationToken ct)
    {
        if (format is not ("csv" or "json"))
        {
            return Problems.NotFound("Format");
        }

        var found = await RatingsQuery.RunAsync(ratings, period, district, ct);
        if (found.Error is { } error)
        {
            return error;
        }

        var rows = RatingDto.From(found.Ratings!);
        return format == "csv"
            ? Text(Csv.Write(rows, RatingColumns))
            : TypedResults.Ok(new OpenDataDocument<List<RatingDto>>(tenant.Tenant!.Slug, "ratings", SchemaUrl, time.GetUtcNow().UtcDateTime, found.Ratings!.Period.Key, rows));
    }

    private const string CsvContentType = "text/csv; charset=utf-8";

    private const string JsonContentType = "application/json; charset=utf-8";

    private static ContentHttpResult Text(string csv) => TypedResults.Text(csv, CsvContentType, System.Text.Encoding.UTF8);
}
