using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenKazan.Analytics.Contracts;
using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.Analytics.Endpoints;

/// <summary>The report constructor, its export and the stage analytics of the current city.</summary>
internal static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/report", RunAsync).WithName("RunReport")
            .WithSummary("Counts and times of requests grouped by the chosen dimensions").RequireAuthorization(Policies.Staff);
        group.MapPost("/report/export", ExportAsync).WithName("ExportReport")
            .WithSummary("The same report as a CSV or XLSX file (format=csv|xlsx)").RequireAuthorization(Policies.Staff);
        group.MapGet("/stages", StagesAsync).WithName("StageAnalytics")
            .WithSummary("Time per stage and deadlines lost, per organisation and category, weakest first").RequireAuthorization(Policies.Staff);
        return group;
    }

    private static async Task<Results<Ok<ReportTable>, ProblemHttpResult>> RunAsync(
        ReportSpec spec, [FromServices] IReportConstructor reports, CancellationToken ct)
    {
        var outcome = await reports.RunAsync(spec, ct);
        return outcome.Table is { } table ? TypedResults.Ok(table) : AnalyticsProblems.Refused(outcome);
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ExportAsync(
        ReportSpec spec, string? format, [FromServices] IReportConstructor reports, CancellationToken ct)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return AnalyticsProblems.Invalid(new Dictionary<string, string[]> { ["format"] = ["csv or xlsx."] });
        }

        var outcome = await reports.RunAsync(spec, ct);
        return outcome.Table is { } table ? (await reports.ExportAsync(table, spec, format, ct)).ToResult() : AnalyticsProblems.Refused(outcome);
    }

    private static async Task<Results<Ok<IReadOnlyList<StageLink>>, ProblemHttpResult>> StagesAsync(
        DateOnly? from, DateOnly? to, int? minRequests, [FromServices] IStageAnalytics stages, TimeProvider time, CancellationToken ct)
    {
        if (!stages.Allowed)
        {
            return AnalyticsProblems.Forbidden();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (start, end) = (from ?? today.AddYears(-1), to ?? today);
        if (end < start || minRequests is < 1)
        {
            return AnalyticsProblems.Invalid(new Dictionary<string, string[]> { ["period"] = ["from ≤ to, minRequests ≥ 1."] });
        }

        return TypedResults.Ok(await stages.LinksAsync(start, end, minRequests ?? 20, ct));
    }
}
