using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenKazan.Analytics.Endpoints;
using OpenKazan.Analytics.Export;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Analytics.SavedReports;

public sealed record SaveReportBody(string Name, bool Shared, ReportSpec Spec);

public sealed record SavedReportDto(Guid Id, string Name, bool Shared, bool Mine, ReportSpec Spec);

/// <summary>Saving a report under a name, listing one's own and the shared ones, opening one (its link is the share).</summary>
public static class SavedReportEndpoints
{
    public const int MaxNameLength = 200;
    private const int MaxListed = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapSavedReportEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/saved", SaveAsync).WithName("SaveReport").RequireAuthorization(Policies.Staff);
        group.MapGet("/saved", ListAsync).WithName("ListSavedReports").RequireAuthorization(Policies.Staff);
        group.MapGet("/saved/{id:guid}", OpenAsync).WithName("OpenSavedReport")
            .WithSummary("The saved definition and its numbers as of now, within the reader's own scope").RequireAuthorization(Policies.Staff);
        return group;
    }

    private static async Task<Results<Created<SavedReportDto>, ProblemHttpResult>> SaveAsync(
        SaveReportBody body, TenantScopedDbContext db, ICurrentTenant tenant, [FromServices] ICurrentUser user, TimeProvider time, CancellationToken ct)
    {
        var outcome = await SaveReportAsync(body, db, tenant, user, time, ct);
        return outcome.Saved is { } saved ? TypedResults.Created($"saved/{saved.Id}", saved) : outcome.Problem!;
    }

    /// <summary>
    /// Checks and saves a report under a name: the one path for the API and the report page, so both refuse the same
    /// things (no access, an invalid report, a name that is empty or longer than 200 characters).
    /// </summary>
    public static async Task<SaveOutcome> SaveReportAsync(
        SaveReportBody body, TenantScopedDbContext db, ICurrentTenant tenant, ICurrentUser user, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(time);
        if (AnalyticsAccess.ScopeFor(user, tenant.Id!.Value) is null)
        {
            return new(null, AnalyticsProblems.Forbidden(), new Dictionary<string, string[]>());
        }

        ReportValidation.Validate(body.Spec, crossCity: false, out var errors);
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"A name of 1 to {MaxNameLength} characters."];
        }

        if (errors.Count > 0)
        {
            return new(null, AnalyticsProblems.Invalid(errors), errors);
        }

        var report = new SavedReport
        {
            Name = body.Name.Trim(),
            Definition = JsonSerializer.Serialize(body.Spec, Json),
            OwnerId = user.UserId!.Value,
            Shared = body.Shared,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return new(ToDto(report, user), null, errors);
    }

    /// <summary>The reader's own saved reports and the shared ones, by name.</summary>
    public static async Task<List<SavedReportDto>> VisibleAsync(TenantScopedDbContext db, ICurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var me = user.UserId;
        var rows = await db.Set<SavedReport>().AsNoTracking().Where(r => r.Shared || r.OwnerId == me)
            .OrderBy(r => r.Name).Take(MaxListed).ToListAsync(ct);
        return rows.Select(r => ToDto(r, user)).ToList();
    }

    private static async Task<Ok<List<SavedReportDto>>> ListAsync(TenantScopedDbContext db, [FromServices] ICurrentUser user, CancellationToken ct) =>
        TypedResults.Ok(await VisibleAsync(db, user, ct));

    private static async Task<Results<Ok<SavedReportResult>, FileStreamHttpResult, ProblemHttpResult>> OpenAsync(
        Guid id, string? format, TenantScopedDbContext db, ReportEngine engine, IReportWording wording, ICurrentTenant tenant,
        [FromServices] ICurrentUser user, CancellationToken ct)
    {
        if (await FindAsync(db, id, user, ct) is not { } saved)
        {
            return AnalyticsProblems.NotFound();
        }

        var outcome = await ReportRunner.RunAsync(saved.Spec, engine, tenant, user, ct);
        if (outcome.Table is not { } table)
        {
            return outcome.Problem!;
        }

        return format is "csv" or "xlsx"
            ? await ReportFiles.FileAsync(table, saved.Spec, wording, format, ct)
            : TypedResults.Ok(new SavedReportResult(saved, table));
    }

    public static async Task<SavedReportDto?> FindAsync(TenantScopedDbContext db, Guid id, ICurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var me = user.UserId;
        var row = await db.Set<SavedReport>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && (r.Shared || r.OwnerId == me), ct);
        return row is null ? null : ToDto(row, user);
    }

    private static SavedReportDto ToDto(SavedReport report, ICurrentUser user) =>
        new(report.Id, report.Name, report.Shared, report.OwnerId == user.UserId, JsonSerializer.Deserialize<ReportSpec>(report.Definition, Json)!);
}

public sealed record SavedReportResult(SavedReportDto Report, ReportTable Table);

/// <summary>A saved report, or why it was not saved: the problem for the API and the errors by field for the page.</summary>
public sealed record SaveOutcome(SavedReportDto? Saved, ProblemHttpResult? Problem, IReadOnlyDictionary<string, string[]> Errors);
