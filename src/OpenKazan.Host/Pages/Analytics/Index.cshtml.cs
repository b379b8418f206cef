using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenKazan.Analytics.Endpoints;
using OpenKazan.Analytics.Export;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.Analytics.SavedReports;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Host.Pages.Analytics;

/// <summary>
/// The report constructor as a page: a GET form (so the address of a report is its share link), the table, a bar
/// chart drawn on the server, CSV/XLSX downloads and saving under a name. Works without JavaScript.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ReportEngine engine, ICurrentTenant tenant, ICurrentUser user, TenantScopedDbContext db, TimeProvider time) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)]
    public string? First { get; set; } = "district";

    [BindProperty(SupportsGet = true)]
    public string? Second { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<string> Measures { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? CompareFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? CompareTo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Priority { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Saved { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public bool Shared { get; set; }

    public ReportTable? Table { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public bool Allowed { get; private set; } = true;

    public static IEnumerable<string> DimensionNames => ReportCatalog.Dimensions.Keys.Where(d => d != "city");

    public static IEnumerable<string> MeasureNames => ReportCatalog.Measures.Keys;

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        if (Saved is { } id && await SavedReportEndpoints.FindAsync(db, id, user, ct) is { } saved)
        {
            Load(saved.Spec);
        }

        if (Measures.Count == 0)
        {
            return Page();
        }

        var outcome = await ReportRunner.RunAsync(Spec(), engine, tenant, user, ct);
        Table = outcome.Table;
        Allowed = outcome.Problem?.ProblemDetails.Status != StatusCodes.Status403Forbidden;
        Errors = outcome.Problem?.ProblemDetails.Extensions.TryGetValue("errors", out var e) == true && e is IDictionary<string, string[]> errors
            ? new Dictionary<string, string[]>(errors)
            : new Dictionary<string, string[]>();
        if (Table is not null && format is "csv" or "xlsx")
        {
            var file = await ReportFiles.FileAsync(Table, format, "report", ct);
            return File(file.FileStream, file.ContentType, file.FileDownloadName);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (AnalyticsAccess.ScopeFor(user, tenant.Id!.Value) is null || string.IsNullOrWhiteSpace(Name) || Measures.Count == 0)
        {
            return await OnGetAsync(null, ct);
        }

        var report = new SavedReport
        {
            Name = Name.Trim()[..Math.Min(200, Name.Trim().Length)],
            Definition = JsonSerializer.Serialize(Spec(), Json),
            OwnerId = user.UserId!.Value,
            Shared = Shared,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { saved = report.Id });
    }

    /// <summary>The current form as a query string, for the download links.</summary>
    public string Query(string format)
    {
        var parts = new List<string> { $"first={First}", $"second={Second}", $"from={Date(From)}", $"to={Date(To)}", $"priority={Priority}", $"format={format}" };
        parts.AddRange(Measures.Select(m => $"measures={Uri.EscapeDataString(m)}"));
        if (CompareFrom is not null && CompareTo is not null)
        {
            parts.Add($"compareFrom={Date(CompareFrom)}");
            parts.Add($"compareTo={Date(CompareTo)}");
        }

        return "?" + string.Join('&', parts);
    }

    private ReportSpec Spec()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        From ??= today.AddMonths(-12);
        To ??= today;
        var dimensions = new[] { First, Second }.Where(d => !string.IsNullOrEmpty(d)).Select(d => d!).Distinct().ToList();
        var filters = string.IsNullOrEmpty(Priority) ? null : new Dictionary<string, IReadOnlyList<string>> { ["priority"] = [Priority] };
        return new ReportSpec(dimensions, Measures, From.Value, To.Value, CompareFrom, CompareTo, filters);
    }

    private void Load(ReportSpec spec)
    {
        First = spec.Dimensions.ElementAtOrDefault(0);
        Second = spec.Dimensions.ElementAtOrDefault(1);
        Measures = [.. spec.Measures];
        (From, To, CompareFrom, CompareTo) = (spec.From, spec.To, spec.CompareFrom, spec.CompareTo);
        Priority = spec.Filters?.GetValueOrDefault("priority") is [var priority, ..] ? priority : null;
    }

    private static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
