using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenKazan.Analytics.Endpoints;
using OpenKazan.Analytics.Export;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.Analytics.SavedReports;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Host.Areas;

namespace OpenKazan.Host.Pages.Analytics;

/// <summary>
/// The report constructor as a page: a GET form (so the address of a report is its share link), a cross-table or a
/// list with numbers in the reader's units, an ECharts chart of the chosen measure (the table carries the same numbers
/// without script), CSV/XLSX downloads and saving under a name through the same code as the API.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(
    ReportEngine engine, ICurrentTenant tenant, ICurrentUser user, TenantScopedDbContext db, TimeProvider time, IReportWording wording,
    IStringLocalizer<AnalyticsResource> text) : PageModel
{
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

    /// <summary>The measure the chart shows; the first chosen one when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Chart { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public bool Shared { get; set; }

    public ReportTable? Table { get; private set; }

    public ReportView? View { get; private set; }

    public IReadOnlyList<SavedReportDto> SavedReports { get; private set; } = [];

    public string? SavedName { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public bool Allowed { get; private set; } = true;

    public static IEnumerable<string> DimensionNames => ReportCatalog.Dimensions.Keys.Where(d => d != "city");

    public static IEnumerable<string> MeasureNames => ReportCatalog.Measures.Keys;

    /// <summary>The measures of one picker group that are not per stage (those are laid out as a stage × kind grid).</summary>
    public static IEnumerable<string> PlainMeasures(string group) =>
        ReportCatalog.Measures.Values.Where(m => m.Group == group && !m.Id.Contains('.', StringComparison.Ordinal)).Select(m => m.Id);

    public static IReadOnlyList<string> StageKinds { get; } = ["onTimeShare", "median", "p90"];

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        if (Saved is { } id && await SavedReportEndpoints.FindAsync(db, id, user, ct) is { } saved)
        {
            Load(saved.Spec);
            SavedName = saved.Name;
        }

        SavedReports = await SavedReportEndpoints.VisibleAsync(db, user, ct);
        if (Measures.Count == 0)
        {
            return Page();
        }

        var spec = Spec();
        var outcome = await ReportRunner.RunAsync(spec, engine, tenant, user, ct);
        Table = outcome.Table;
        Allowed = outcome.Problem?.ProblemDetails.Status != StatusCodes.Status403Forbidden;
        Errors = ErrorsOf(outcome.Problem);
        if (Table is null)
        {
            return Page();
        }

        if (format is "csv" or "xlsx")
        {
            var file = await ReportFiles.FileAsync(Table, spec, wording, format, ct);
            return File(file.FileStream, file.ContentType, file.FileDownloadName);
        }

        View = new ReportView(Table, Chart, text);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var outcome = await SavedReportEndpoints.SaveReportAsync(new SaveReportBody(Name ?? string.Empty, Shared, Spec()), db, tenant, user, time, ct);
        if (outcome.Saved is { } saved)
        {
            return RedirectToPage(new { saved = saved.Id });
        }

        var page = await OnGetAsync(null, ct);
        Allowed = outcome.Problem?.ProblemDetails.Status != StatusCodes.Status403Forbidden;
        Errors = outcome.Errors;
        return page;
    }

    /// <summary>A field's error in the reader's language (the API's English text stays in problem+json).</summary>
    public string ErrorText(string field) =>
        text["Error." + (field.StartsWith("filters.", StringComparison.Ordinal) ? "filters" : field)] is { ResourceNotFound: false } known ? known : text["Invalid"];

    private static Dictionary<string, string[]> ErrorsOf(Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? problem) =>
        problem?.ProblemDetails.Extensions.TryGetValue("errors", out var e) == true && e is IDictionary<string, string[]> errors
            ? new Dictionary<string, string[]>(errors)
            : [];

    /// <summary>The current form as a query string, for the download links.</summary>
    public string Query(string format)
    {
        var parts = new List<string> { $"first={First}", $"second={Second}", $"from={Date(From)}", $"to={Date(To)}", $"priority={Priority}", $"chart={Uri.EscapeDataString(Chart ?? string.Empty)}", $"format={format}" };
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
