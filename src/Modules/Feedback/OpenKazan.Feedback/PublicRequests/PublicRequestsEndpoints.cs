using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenKazan.Feedback.OpenData;
using OpenKazan.Feedback.Web;

namespace OpenKazan.Feedback.PublicRequests;

/// <summary>An open request as anyone may see it: building-level address, no personal data.</summary>
public sealed record PublicRequestDto(
    string Number, string Status, string Category, string DistrictCode, string District, string BuildingAddress,
    double Latitude, double Longitude, DateTime RegisteredAt);

/// <summary>The public list of open requests of the city, optionally of one district.</summary>
public static class PublicRequestsEndpoints
{
    public static RouteGroupBuilder MapPublicRequestsEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/open-requests", ListAsync).WithName("PublicOpenRequests")
            .WithSummary("Open requests by district, without personal data")
            .AllowAnonymous().RequireRateLimiting(TransparencyRateLimits.Public);
        return group;
    }

    public static async Task<List<PublicRequestDto>> ReadAsync(OpenRequestReader reader, string? district, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var records = await reader.ReadAsync(null, openOnly: true, string.IsNullOrWhiteSpace(district) ? null : district, culture, ct);
        return records.Select(r => new PublicRequestDto(r.Number, r.Status, r.CategoryName, r.DistrictCode, r.DistrictName, r.BuildingAddress,
            r.Latitude, r.Longitude, r.RegisteredAt)).ToList();
    }

    private static async Task<Results<Ok<List<PublicRequestDto>>, ProblemHttpResult>> ListAsync(string? district, OpenRequestReader reader, CancellationToken ct)
    {
        if (district?.Length > 64)
        {
            return Problems.Invalid("district", "Not a district code.");
        }

        return TypedResults.Ok(await ReadAsync(reader, district, ct));
    }
}
