using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Host.Areas;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Analytics;

/// <summary>The report's words in the reader's language, from the analytics page's resources; used by the page and the API's exports.</summary>
public sealed class ReportWording(IStringLocalizer<AnalyticsResource> text, CurrentTenantAccessor city) : IReportWording
{
    public CultureInfo Culture => CultureInfo.CurrentCulture;

    public string Dimension(string id) => text["Dimension." + id];

    public string Measure(string id) => text["Measure." + id];

    public string Unit(MeasureKind kind) => kind switch
    {
        MeasureKind.Share => text["Unit.percent"],
        MeasureKind.Minutes => text["Unit.HourSymbol"],
        _ => string.Empty,
    };

    public string Compared(string header) => $"{text["Compared"]} {header}";

    public string Title(ReportSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parts = new List<string> { city.Info?.Name(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? string.Empty, Period(spec.From, spec.To) };
        if (spec.CompareFrom is { } from && spec.CompareTo is { } to)
        {
            parts.Add(text["TitleCompared", Period(from, to)]);
        }

        foreach (var (dimension, values) in spec.Filters ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            var shown = dimension == "priority" ? values.Select(v => text["Priority." + v].Value) : values;
            parts.Add(text["TitleFilter", Dimension(dimension), string.Join(", ", shown)]);
        }

        return string.Join(" · ", parts.Where(p => p.Length > 0));
    }

    private static string Period(DateOnly from, DateOnly to) => $"{from.ToString("d", CultureInfo.CurrentCulture)} – {to.ToString("d", CultureInfo.CurrentCulture)}";
}
