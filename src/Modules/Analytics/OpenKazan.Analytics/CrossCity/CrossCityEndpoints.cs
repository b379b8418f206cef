using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.Endpoints;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Analytics.CrossCity;

/// <summary>The report constructor across cities, with the city as one more dimension.</summary>
internal sealed record CrossCityReportBody(ReportSpec Spec, IReadOnlyList<Guid>? Cities);

/// <summary>
/// The central team's view over every city whose data lives in the shared database (cities with a database of their
/// own are not included). Only PlatformAdmin may call it, and only in the central area.
/// </summary>
internal static class CrossCityEndpoints
{
    public static IEndpointRouteBuilder MapCrossCityAnalytics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/platform/analytics/report", RunAsync).WithTags("Analytics").WithName("RunCrossCityReport")
            .WithSummary("A report over several cities; the dimension 'city' is available").RequireAuthorization(Policies.PlatformAdmin);
        return endpoints;
    }

    private static async Task<Results<Ok<ReportTable>, ProblemHttpResult>> RunAsync(
        CrossCityReportBody body, ReportEngine engine, ITenantStore store, CancellationToken ct)
    {
        var shared = store.All.Where(c => c.Isolation.Mode == IsolationMode.SharedDatabase).Select(c => c.Id).ToList();
        var cities = body.Cities is { Count: > 0 } asked ? asked.Intersect(shared).ToList() : shared;
        if (ReportValidation.Validate(body.Spec, crossCity: true, out var errors) is not { } query)
        {
            return AnalyticsProblems.Invalid(errors);
        }

        var table = await engine.RunAsync(query, new ReportScope(cities, OrganisationId: null, CrossCity: true), AnalyticsAccess.Culture, ct);
        return TypedResults.Ok(table);
    }
}
