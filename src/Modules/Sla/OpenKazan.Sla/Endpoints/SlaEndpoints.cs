using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Sla.Policy;
using OpenKazan.Sla.Contracts;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Sla.Endpoints;

/// <summary>The city's SLA policy for its administrators, and a preview of the deadlines it gives.</summary>
internal static class SlaEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapCityApi("/api/sla", "SLA");
        group.MapGet("/policy", GetPolicy).RequireAuthorization(Policies.Staff);
        group.MapPut("/policy", PutPolicy).RequireAuthorization(Policies.TenantAdmin);
        group.MapGet("/preview", Preview).RequireAuthorization(Policies.Staff);
        return endpoints;
    }

    /// <summary>The policy in <c>sla.json</c> form; version 0 means the city runs on the default template.</summary>
    public sealed record PolicyDto(string? Template, int Version, DateTime? UpdatedAtUtc, JsonElement Policy);

    public sealed record PreviewDto(
        string Category, string Priority, string MatchedRule, DateTime RegisteredAtUtc, IReadOnlyList<PreviewStageDto> Stages);

    public sealed record PreviewStageDto(string Stage, int Minutes, string Clock, DateTime DueUtc, DateTime WarnAtUtc);

    private static async Task<Ok<PolicyDto>> GetPolicy(SlaPolicyStore store, CancellationToken ct)
    {
        var row = await store.FindAsync(ct);
        var json = row?.Document ?? SlaTemplates.Json(SlaTemplates.Ru416)!;
        using var parsed = JsonDocument.Parse(json);
        return TypedResults.Ok(new PolicyDto(row?.Template ?? SlaTemplates.Ru416, row?.Version ?? 0, row?.UpdatedAtUtc, parsed.RootElement.Clone()));
    }

    private static async Task<Results<Ok<PolicyDto>, ProblemHttpResult>> PutPolicy(
        JsonElement body, SlaPolicyEditor editor, CancellationToken ct)
    {
        var (row, errors) = await editor.SaveJsonAsync(body.GetRawText(), ct);
        if (row is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The SLA policy is invalid",
                detail: $"{errors.Count} problem(s) found; nothing was saved.",
                extensions: new Dictionary<string, object?> { ["errors"] = errors.Select(e => e.ToString()).ToList() });
        }

        using var parsed = JsonDocument.Parse(row.Document);
        return TypedResults.Ok(new PolicyDto(row.Template, row.Version, row.UpdatedAtUtc, parsed.RootElement.Clone()));
    }

    /// <summary>The deadlines a request of <paramref name="category"/> would get; registered now unless told otherwise.</summary>
    private static async Task<Results<Ok<PreviewDto>, ProblemHttpResult>> Preview(
        string? category, DateTimeOffset? registeredAt, RequestPriority? priority,
        ISlaPlanner planner, TenantScopedDbContext db, TimeProvider time, CancellationToken ct)
    {
        var found = category is null ? null : await db.CategoryRecordByCodeAsync(category, ct);
        if (found is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest, title: "Unknown category",
                detail: "Pass ?category= with a category code of this city.");
        }

        var parent = found.ParentId is { } parentId
            ? (await db.CategoryRecordAsync(parentId, ct))?.Code
            : null;
        var subject = new SlaSubject(found.Code, parent, found.Group, priority ?? (found.IsEmergency ? RequestPriority.Emergency : RequestPriority.Normal));
        var plan = await planner.PlanAsync(subject, (registeredAt ?? time.GetUtcNow()).UtcDateTime, ct);
        return TypedResults.Ok(new PreviewDto(
            subject.CategoryCode, subject.Priority.ToString(), plan.MatchedRule, plan.RegisteredAtUtc,
            [.. plan.Stages.Select(s => new PreviewStageDto(s.Stage.ToString(), (int)s.Target.TotalMinutes, s.Clock.ToString(), s.DueUtc, s.WarnAtUtc))]));
    }
}
