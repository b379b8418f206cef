using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenKazan.Analytics.Contracts;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;

namespace OpenKazan.Host.Pages.Analytics;

/// <summary>
/// The report constructor as a page: a GET form (so the address of a report is its share link), a cross-table or a
/// list with numbers in the reader's units, an ECharts chart of the chosen measure (the table carries the same numbers
/// without script), CSV/XLSX downloads and saving under a name through the same contract as the API.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(
    IReportConstructor reports, ISavedReports savedReports, TimeProvider time, IStringLocalizer<AnalyticsResource> text) : PageModel
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

    public static IEnumerable<string> DimensionNames => ReportChoices.Dimensions.Keys.Where(d => d != "city");

    public static IEnumerable<string> MeasureNames => ReportChoices.Measures.Keys;

    /// <summary>The measures of one picker group that are not per stage (those are laid out as a stage × kind grid).</summary>
    public static IEnumerable<string> PlainMeasures(string group) =>
        ReportChoices.Measures.Values.Where(m => m.Group == group && !m.Id.Contains('.', StringComparison.Ordinal)).Select(m => m.Id);

    public static IReadOnlyList<string> StageKinds { get; } = ["onTimeShare", "median", "p90"];

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        if (Saved is { } id && await savedReports.FindAsync(id, ct) is { } saved)
        {
            Load(saved.Spec);
            SavedName = saved.Name;
        }

        SavedReports = await savedReports.VisibleAsync(ct);
        if (Measures.Count == 0)
        {
            return Page();
        }

        var spec = Spec();
        var outcome = await reports.RunAsync(spec, ct);
        Table = outcome.Table;
        Allowed = outcome.Allowed;
        Errors = outcome.Errors;
        if (Table is null)
        {
            return Page();
        }

        if (format is "csv" or "xlsx")
        {
            var file = await reports.ExportAsync(Table, spec, format, ct);
            return File(file.Content, file.ContentType, file.FileName);
        }

        View = new ReportView(Table, Chart, text);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var outcome = await savedReports.SaveAsync(new SaveReportBody(Name ?? string.Empty, Shared, Spec()), ct);
        if (outcome.Saved is { } saved)
        {
            return RedirectToPage(new { saved = saved.Id });
        }

        var page = await OnGetAsync(null, ct);
        Allowed = outcome.Allowed;
        Errors = outcome.Errors;
        return page;
    }

    /// <summary>A field's error in the reader's language (the API's English text stays in problem+json).</summary>
    public string ErrorText(string field) =>
        text["Error." + (field.StartsWith("filters.", StringComparison.Ordinal) ? "filters" : field)] is { ResourceNotFound: false } known ? known : text["Invalid"];

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
