using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.Endpoints;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Analytics.SavedReports;

/// <summary>
/// Saving a report under a name, listing the reader's own and the shared ones, opening one: the one path for the API
/// and the report page, so both refuse the same things (no access, an invalid report, a name that is empty or too long).
/// </summary>
internal sealed class SavedReportStore(TenantScopedDbContext db, ICurrentTenant tenant, ICurrentUser user, TimeProvider time) : ISavedReports
{
    private const int MaxListed = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SaveOutcome> SaveAsync(SaveReportBody body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (AnalyticsAccess.ScopeFor(user, tenant.Id!.Value) is null)
        {
            return new(null, Allowed: false, new Dictionary<string, string[]>());
        }

        ReportValidation.Validate(body.Spec, crossCity: false, out var errors);
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Trim().Length > SaveReportBody.MaxNameLength)
        {
            errors["name"] = [$"A name of 1 to {SaveReportBody.MaxNameLength} characters."];
        }

        if (errors.Count > 0)
        {
            return new(null, Allowed: true, errors);
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
        return new(ToDto(report), Allowed: true, errors);
    }

    public async Task<IReadOnlyList<SavedReportDto>> VisibleAsync(CancellationToken ct)
    {
        var me = user.UserId;
        var rows = await db.Set<SavedReport>().AsNoTracking().Where(r => r.Shared || r.OwnerId == me)
            .OrderBy(r => r.Name).Take(MaxListed).ToListAsync(ct);
        return rows.Select(ToDto).ToList();
    }

    public async Task<SavedReportDto?> FindAsync(Guid id, CancellationToken ct)
    {
        var me = user.UserId;
        var row = await db.Set<SavedReport>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && (r.Shared || r.OwnerId == me), ct);
        return row is null ? null : ToDto(row);
    }

    private SavedReportDto ToDto(SavedReport report) =>
        new(report.Id, report.Name, report.Shared, report.OwnerId == user.UserId, JsonSerializer.Deserialize<ReportSpec>(report.Definition, Json)!);
}
