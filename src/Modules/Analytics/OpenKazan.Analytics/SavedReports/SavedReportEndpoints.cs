using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.Endpoints;
using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.Analytics.SavedReports;

/// <summary>Saving a report under a name, listing one's own and the shared ones, opening one (its link is the share), through <see cref="ISavedReports"/>.</summary>
internal static class SavedReportEndpoints
{
    public static RouteGroupBuilder MapSavedReportEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/saved", SaveAsync).WithName("SaveReport").RequireAuthorization(Policies.Staff);
        group.MapGet("/saved", ListAsync).WithName("ListSavedReports").RequireAuthorization(Policies.Staff);
        group.MapGet("/saved/{id:guid}", OpenAsync).WithName("OpenSavedReport")
            .WithSummary("The saved definition and its numbers as of now, within the reader's own scope").RequireAuthorization(Policies.Staff);
        return group;
    }

    private static async Task<Results<Created<SavedReportDto>, ProblemHttpResult>> SaveAsync(
        SaveReportBody body, [FromServices] ISavedReports saved, CancellationToken ct)
    {
        var outcome = await saved.SaveAsync(body, ct);
        return outcome switch
        {
            { Saved: { } report } => TypedResults.Created($"saved/{report.Id}", report),
            { Allowed: false } => AnalyticsProblems.Forbidden(),
            _ => AnalyticsProblems.Invalid(outcome.Errors),
        };
    }

    private static async Task<Ok<IReadOnlyList<SavedReportDto>>> ListAsync([FromServices] ISavedReports saved, CancellationToken ct) =>
        TypedResults.Ok(await saved.VisibleAsync(ct));

    private static async Task<Results<Ok<SavedReportResult>, FileStreamHttpResult, ProblemHttpResult>> OpenAsync(
        Guid id, string? format, [FromServices] ISavedReports saved, [FromServices] IReportConstructor reports, CancellationToken ct)
    {
        if (await saved.FindAsync(id, ct) is not { } report)
        {
            return AnalyticsProblems.NotFound();
        }

        var outcome = await reports.RunAsync(report.Spec, ct);
        if (outcome.Table is not { } table)
        {
            return AnalyticsProblems.Refused(outcome);
        }

        return format is "csv" or "xlsx"
            ? (await reports.ExportAsync(table, report.Spec, format, ct)).ToResult()
            : TypedResults.Ok(new SavedReportResult(report, table));
    }
}

/// <summary>A saved report with its numbers as of now.</summary>
internal sealed record SavedReportResult(SavedReportDto Report, ReportTable Table);
