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
/// Where deadlines are lost: the organisation × category links with the highest share of stage deadlines missed first,
/// each with its share and average time per stage; a link opens its requests (late ones first). Both the list and the
/// drill-down download as CSV or XLSX through the report constructor's writers. A GET form, so every view has a link.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class StagesModel(
    IStageAnalytics stages, IReportConstructor reports, TimeProvider time, IReportWording wording,
    IStringLocalizer<AnalyticsResource> text) : PageModel
{
    public const int DrillLimit = 200;
    public const int ChartLinks = 10;
    private const int MaxPeriodDays = 3 * 366;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int MinRequests { get; set; } = 10;

    [BindProperty(SupportsGet = true)]
    public Guid? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Category { get; set; }

    public bool Allowed { get; private set; } = true;

    public bool PeriodInvalid { get; private set; }

    public IReadOnlyList<StageLink> Links { get; private set; } = [];

    /// <summary>The link being drilled into (null on the list).</summary>
    public StageLink? Drilled { get; private set; }

    public IReadOnlyList<StageDrillRow> DrillRows { get; private set; } = [];

    public bool IsDrill => Organisation is not null && Category is not null;

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        if (!stages.Allowed)
        {
            Allowed = false;
            return Page();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        From ??= today.AddMonths(-3);
        To ??= today;
        MinRequests = Math.Clamp(MinRequests, 1, 100_000);
        if (To < From || To.Value.DayNumber - From.Value.DayNumber > MaxPeriodDays)
        {
            PeriodInvalid = true;
            return Page();
        }

        if (IsDrill)
        {
            Drilled = await stages.LinkAsync(Organisation!.Value, Category!.Value, From.Value, To.Value, ct);
            DrillRows = Drilled is null ? [] : await stages.DrillAsync(Organisation.Value, Category.Value, From.Value, To.Value, DrillLimit, ct);
        }
        else
        {
            Links = await stages.LinksAsync(From.Value, To.Value, MinRequests, ct);
        }

        if (format is "csv" or "xlsx")
        {
            var sheet = IsDrill ? DrillSheet() : LinksSheet();
            var name = FormattableString.Invariant($"{(IsDrill ? "stage-requests" : "stages")}-{From:yyyy-MM-dd}-{To:yyyy-MM-dd}");
            var file = await reports.ExportAsync(sheet, name, format, ct);
            return File(file.Content, file.ContentType, file.FileName);
        }

        return Page();
    }

    public string Share(double? share) => ValueText.Format(share, MeasureKind.Share, text);

    public string Duration(double? minutes) => minutes is { } m ? ValueText.Duration(Math.Max(0, m), text) : "—";

    public string StageName(string stage) => text["Stage." + stage];

    /// <summary>The same view as a download, or the drill-down of a link.</summary>
    public string? Link(string? format = null, StageLink? drill = null) => Url.Page(null, new
    {
        From = Date(From),
        To = Date(To),
        MinRequests,
        Organisation = drill is null ? Organisation?.ToString() : drill.OrganisationId,
        Category = drill is null ? Category?.ToString() : drill.CategoryId,
        format,
    });

    /// <summary>The back link from a drill-down to the list of links with the same period.</summary>
    public string? ListLink() => Url.Page(null, new { From = Date(From), To = Date(To), MinRequests });

    /// <summary>The weakest links' lost share per stage as the chart script reads it (horizontal bars, one series per stage; the category leads the label, since a long organisation name is cut).</summary>
    public string ChartJson()
    {
        var weakest = Links.Where(l => l.LateShare > 0).Take(ChartLinks).ToList();
        var chart = new
        {
            kind = "bar",
            axis = $"{text["LateShare"]}, {text["Unit.percent"]}",
            suffix = " %",
            categories = weakest.Select(l => $"{l.Category} · {l.Organisation}"),
            series = ReportChoices.Stages.Select(s => new
            {
                name = StageName(s),
                data = weakest.Select(l => ValueText.Plotted(l.Stages.Single(f => f.Stage == s).LateShare, MeasureKind.Share)),
            }),
        };
        return System.Text.Json.JsonSerializer.Serialize(chart);
    }

    public int ChartCount => Links.Count(l => l.LateShare > 0) is var n && n < ChartLinks ? n : ChartLinks;

    private Sheet LinksSheet()
    {
        var columns = new List<SheetColumn>
        {
            new(wording.Dimension("organisation"), CellKind.Text),
            new(wording.Dimension("category"), CellKind.Text),
            new(text["Requests"], CellKind.Count),
            new($"{text["LateShare"]}, {text["Unit.percent"]}", CellKind.Share),
        };
        foreach (var stage in ReportChoices.Stages)
        {
            columns.Add(new(text["StageLateHeader", StageName(stage)], CellKind.Share));
            columns.Add(new(text["StageTimeHeader", StageName(stage)], CellKind.Minutes));
        }

        columns.Add(new(text["LostAt"], CellKind.Text));
        var rows = Links.Select(l => (IReadOnlyList<object?>)
            [
                l.Organisation, l.Category, (double)l.Requests, l.LateShare,
                .. l.Stages.SelectMany(s => new object?[] { s.LateShare, s.AverageMinutes is { } m ? Math.Max(0, m) : null }),
                l.LostAt is { } lost ? StageName(lost) : null,
            ]).ToList();
        return new Sheet(Title(text["StagesTitle"]), columns, rows);
    }

    private Sheet DrillSheet()
    {
        var columns = new List<SheetColumn>
        {
            new(text["Number"], CellKind.Text),
            new(text["Registered"], CellKind.Date),
            new(text["LateStages"], CellKind.Text),
        };
        var rows = DrillRows.Select(r => (IReadOnlyList<object?>)[r.Number, r.RegisteredOn, LateStages(r)]).ToList();
        var title = Drilled is { } link ? text["DrillTitle", link.Organisation, link.Category].Value : text["StagesTitle"].Value;
        return new Sheet(Title(title), columns, rows);
    }

    public string LateStages(StageDrillRow row) =>
        row.LateStages.Count == 0 ? text["NoneLate"] : string.Join(", ", row.LateStages.Select(StageName));

    private string Title(string what) =>
        $"{wording.Title(new ReportSpec([], [], From!.Value, To!.Value))} · {what}";

    private static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
