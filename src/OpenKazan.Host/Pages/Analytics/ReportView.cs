using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Host.Areas;

namespace OpenKazan.Host.Pages.Analytics;

/// <summary>One heading of a report's rows or columns: the dimension key and its readable label.</summary>
public sealed record Heading(string Key, string Label);

/// <summary>
/// A computed report laid out for reading: with two dimensions a cross-table per measure (the first dimension down,
/// the second across), otherwise a list; names in alphabetical order and periods in time order; the chart's data.
/// </summary>
public sealed class ReportView
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IStringLocalizer<AnalyticsResource> _text;
    private readonly Dictionary<(string Row, string Column), ReportRow> _cells = [];

    public ReportView(ReportTable table, string? chartMeasure, IStringLocalizer<AnalyticsResource> text)
    {
        ArgumentNullException.ThrowIfNull(table);
        _text = text;
        Table = table;
        Measures = table.Measures.Select(m => ReportChoices.Measures[m]).ToList();
        ChartMeasure = Math.Max(0, table.Measures.ToList().IndexOf(chartMeasure ?? string.Empty));
        Rows = [.. Order(table.Rows, 0)];
        if (table.Dimensions.Count == 2)
        {
            RowHeadings = Headings(table, 0);
            ColumnHeadings = Headings(table, 1);
            foreach (var row in table.Rows)
            {
                _cells[(row.Keys[0], row.Keys[1])] = row;
            }
        }
    }

    public ReportTable Table { get; }

    public IReadOnlyList<ReportMeasure> Measures { get; }

    public int ChartMeasure { get; }

    public IReadOnlyList<ReportRow> Rows { get; }

    public bool IsCrossTable => Table.Dimensions.Count == 2;

    public bool HasComparison => Table.Rows.Any(r => r.Comparison is not null);

    public IReadOnlyList<Heading> RowHeadings { get; } = [];

    public IReadOnlyList<Heading> ColumnHeadings { get; } = [];

    public string Value(double? value, ReportMeasure measure) => ValueText.Format(value, measure.Kind, _text);

    public string Cell(Heading row, Heading column, int measure) =>
        _cells.TryGetValue((row.Key, column.Key), out var cell) ? Value(cell.Values[measure], Measures[measure]) : "—";

    public string Header(ReportMeasure measure) => _text["Measure." + measure.Id];

    /// <summary>The chart of the chosen measure as JSON for the chart script: every row, periods along the x axis as lines.</summary>
    public string ChartJson()
    {
        var measure = Measures[ChartMeasure];
        var unit = measure.Kind switch { MeasureKind.Share => _text["Unit.percent"].Value, MeasureKind.Minutes => _text["Unit.HourSymbol"].Value, _ => string.Empty };
        var dimensions = Table.Dimensions.Select(d => ReportChoices.Dimensions[d]).ToList();
        var periodAt = dimensions.FindIndex(d => d.IsPeriod);
        var kind = periodAt >= 0 ? "line" : "bar";
        List<Heading> categories;
        List<ChartSeries> series;
        if (dimensions.Count == 2)
        {
            var across = periodAt >= 0 ? periodAt : 0;
            var other = 1 - across;
            categories = Headings(Table, across);
            series = Headings(Table, other).Select(s => new ChartSeries(s.Label, categories.Select(c =>
                Plot(_cells.GetValueOrDefault(across == 0 ? (c.Key, s.Key) : (s.Key, c.Key))?.Values[ChartMeasure], measure)).ToList())).ToList();
        }
        else
        {
            categories = dimensions.Count == 0 ? [new Heading(string.Empty, Header(measure))] : Headings(Table, 0);
            series = [new ChartSeries(Header(measure), Rows.Select(r => Plot(r.Values[ChartMeasure], measure)).ToList())];
            if (HasComparison && periodAt < 0)
            {
                series.Add(new ChartSeries($"{_text["Compared"]} {Header(measure)}", Rows.Select(r => Plot(r.Comparison?[ChartMeasure], measure)).ToList()));
            }
        }

        var axis = unit.Length == 0 ? Header(measure) : $"{Header(measure)}, {unit}";
        var suffix = measure.Kind == MeasureKind.Share ? " %" : unit.Length == 0 ? string.Empty : " " + unit;
        return JsonSerializer.Serialize(new { kind, axis, suffix, categories = categories.Select(c => c.Label), series }, Json);
    }

    private static double? Plot(double? value, ReportMeasure measure) => ValueText.Plotted(value, measure.Kind);

    private static List<Heading> Headings(ReportTable table, int dimension) =>
        Order(table.Rows.DistinctBy(r => r.Keys[dimension]), dimension).Select(r => new Heading(r.Keys[dimension], r.Labels[dimension])).ToList();

    /// <summary>Periods by date (their keys are ISO dates), anything else by its label as the reader's language sorts it.</summary>
    private static IEnumerable<ReportRow> Order(IEnumerable<ReportRow> rows, int fromDimension) =>
        rows.Order(Comparer<ReportRow>.Create((a, b) =>
        {
            for (var i = fromDimension; i < a.Keys.Count; i++)
            {
                if (Compare(a, b, i) is var compared and not 0)
                {
                    return compared;
                }
            }

            return 0;
        }));

    private static int Compare(ReportRow a, ReportRow b, int i) =>
        IsIsoDate(a.Keys[i]) && IsIsoDate(b.Keys[i])
            ? string.CompareOrdinal(a.Keys[i], b.Keys[i])
            : CultureInfo.CurrentCulture.CompareInfo.Compare(a.Labels[i], b.Labels[i], CompareOptions.IgnoreCase);

    private static bool IsIsoDate(string key) => key.Length == 10 && key[4] == '-' && key[7] == '-';

    private sealed record ChartSeries(string Name, IReadOnlyList<double?> Data);
}
