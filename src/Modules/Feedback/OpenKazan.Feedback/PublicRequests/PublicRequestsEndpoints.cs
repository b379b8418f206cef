using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Feedback.OpenData;
using OpenKazan.Feedback.Web;
using OpenKazan.Feedback.Contracts;

namespace OpenKazan.Feedback.PublicRequests;

/// <summary>The public list of open requests of the city, optionally of one district.</summary>
internal static class PublicRequestsEndpoints
{
    public static RouteGroupBuilder MapPublicRequestsEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/open-requests", ListAsync).WithName("PublicOpenRequests")
            .WithSummary("Open requests by district, without personal data, newest first, one page at a time (Link rel=next)")
            .AllowAnonymous().RequireRateLimiting(TransparencyRateLimits.Public).CacheOutput(PublicOutput.Page);
        return group;
    }

    /// <summary>The most rows the API returns at once (about 150 KB of JSON).</summary>
    public const int MaxPageSize = 500;

    private static async Task<Results<Ok<List<PublicRequestDto>>, ProblemHttpResult>> ListAsync(
        string? district, int? page, int? pageSize, OpenRequestReader reader, HttpContext context, CancellationToken ct)
    {
        if (district?.Length > 64)
        {
            return Problems.Invalid("district", "Not a district code.");
        }

        if (page is < 1 or > 100_000 || pageSize is < 1 or > MaxPageSize)
        {
            return Problems.Invalid("page", $"page from 1, pageSize from 1 to {MaxPageSize}.");
        }

        var (number, size) = (page ?? 1, pageSize ?? IOpenRequests.PageSize);
        var rows = await reader.OpenPageAsync(district, number, size, ct);
        if (rows.Count > size)
        {
            rows.RemoveAt(size);
            var next = (string.IsNullOrWhiteSpace(district) ? QueryString.Empty : QueryString.Create("district", district))
                .Add("page", (number + 1).ToString(CultureInfo.InvariantCulture))
                .Add("pageSize", size.ToString(CultureInfo.InvariantCulture));
            context.Response.Headers.Link = $"<{context.Request.PathBase}{context.Request.Path}{next}>; rel=\"next\"";
        }

        return TypedResults.Ok(rows);
    }
}
