using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OpenKazan.Analytics.Export;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.Analytics.StageAnalytics;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Analytics.Endpoints;

/// <summary>The report constructor, its export and the stage analytics of the current city.</summary>
public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/report", RunAsync).WithName("RunReport")
            .WithSummary("Counts and times of requests grouped by the chosen dimensions").RequireAuthorization(Policies.Staff);
        group.MapPost("/report/export", ExportAsync).WithName("ExportReport")
            .WithSummary("The same report as a CSV or XLSX file (format=csv|xlsx)").RequireAuthorization(Policies.Staff);
        group.MapGet("/stages", StagesAsync).WithName("StageAnalytics")
            .WithSummary("Time per stage and deadlines lost, per organisation and category, weakest first").RequireAuthorization(Policies.Staff);
        return group;
    }

    private static async Task<Results<Ok<ReportTable>, ProblemHttpResult>> RunAsync(
        ReportSpec spec, ReportEngine engine, ICurrentTenant tenant, [FromServices] ICurrentUser user, CancellationToken ct)
    {
        var outcome = await ReportRunner.RunAsync(spec, engine, tenant, user, ct);
        return outcome.Table is { } table ? TypedResults.Ok(table) : outcome.Problem!;
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ExportAsync(
        ReportSpec spec, string? format, ReportEngine engine, IReportWording wording, ICurrentTenant tenant, [FromServices] ICurrentUser user,
        CancellationToken ct)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return AnalyticsProblems.Invalid(new Dictionary<string, string[]> { ["format"] = ["csv or xlsx."] });
        }

        var outcome = await ReportRunner.RunAsync(spec, engine, tenant, user, ct);
        return outcome.Table is { } table ? await ReportFiles.FileAsync(table, spec, wording, format, ct) : outcome.Problem!;
    }

    private static async Task<Results<Ok<IReadOnlyList<StageLink>>, ProblemHttpResult>> StagesAsync(
        DateOnly? from, DateOnly? to, int? minRequests, StageReport report, ICurrentTenant tenant, [FromServices] ICurrentUser user,
        TimeProvider time, CancellationToken ct)
    {
        if (AnalyticsAccess.ScopeFor(user, tenant.Id!.Value) is not { } scope)
        {
            return AnalyticsProblems.Forbidden();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (start, end) = (from ?? today.AddYears(-1), to ?? today);
        if (end < start || minRequests is < 1)
        {
            return AnalyticsProblems.Invalid(new Dictionary<string, string[]> { ["period"] = ["from ≤ to, minRequests ≥ 1."] });
        }

        return TypedResults.Ok(await report.RunAsync(scope, start, end, minRequests ?? 20, AnalyticsAccess.Culture, ct));
    }
}

/// <summary>A report result or the problem that stopped it.</summary>
public sealed record ReportOutcome(ReportTable? Table, ProblemHttpResult? Problem);

/// <summary>Checks access and the spec, then runs it: shared by the API, saved reports and the page.</summary>
public static class ReportRunner
{
    public static async Task<ReportOutcome> RunAsync(ReportSpec spec, ReportEngine engine, ICurrentTenant tenant, ICurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(tenant);
        if (AnalyticsAccess.ScopeFor(user, tenant.Id!.Value) is not { } scope)
        {
            return new(null, AnalyticsProblems.Forbidden());
        }

        if (ReportValidation.Validate(spec, crossCity: false, out var errors) is not { } query)
        {
            return new(null, AnalyticsProblems.Invalid(errors));
        }

        return new(await engine.RunAsync(query, scope, AnalyticsAccess.Culture, ct), null);
    }
}

/// <summary>Writes a report or any other sheet to a download named after its period.</summary>
public static class ReportFiles
{
    public static Task<FileStreamHttpResult> FileAsync(ReportTable table, ReportSpec spec, IReportWording wording, string format, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(wording);
        var name = FormattableString.Invariant($"report-{spec.From:yyyy-MM-dd}-{spec.To:yyyy-MM-dd}");
        return FileAsync(ReportExport.ToSheet(table, spec, wording), wording.Culture, name, format, ct);
    }

    public static async Task<FileStreamHttpResult> FileAsync(Sheet sheet, System.Globalization.CultureInfo culture, string name, string format, CancellationToken ct)
    {
        var stream = new MemoryStream();
        await ReportExport.WriteAsync(sheet, format, culture, stream, ct);
        stream.Position = 0;
        return TypedResults.File(stream, format == "csv" ? ReportExport.CsvContentType : ReportExport.XlsxContentType, $"{name}.{format}");
    }
}
