using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Host.Areas;

namespace OpenKazan.Host.Pages.Analytics;

/// <summary>
/// A measure's number as people read it in their language: shares as percentages ("90,7 %"), durations in minutes,
/// hours or days, counts with digit grouping, scores with two decimals; an unknown value as a dash.
/// </summary>
public static class ValueText
{
    private const double MinutesPerHour = 60;
    private const double MinutesPerDay = 24 * 60;

    public static string Format(double? value, MeasureKind kind, IStringLocalizer<AnalyticsResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var culture = CultureInfo.CurrentCulture;
        return value switch
        {
            null => "—",
            { } share when kind == MeasureKind.Share => share.ToString("P1", culture),
            { } minutes when kind == MeasureKind.Minutes => Duration(minutes, text),
            { } score when kind == MeasureKind.Score => score.ToString("0.00", culture),
            { } count => count.ToString("#,0.##", culture),
        };
    }

    public static string Duration(double minutes, IStringLocalizer<AnalyticsResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var culture = CultureInfo.CurrentCulture;
        return minutes switch
        {
            < MinutesPerHour => text["Unit.Minutes", Math.Round(minutes).ToString("0", culture)],
            < 2 * MinutesPerDay => text["Unit.Hours", (minutes / MinutesPerHour).ToString("0.#", culture)],
            _ => text["Unit.Days", (minutes / MinutesPerDay).ToString("0.#", culture)],
        };
    }

    /// <summary>The number a chart plots: percentages for shares, hours for durations, the value itself otherwise.</summary>
    public static double? Plotted(double? value, MeasureKind kind) => value switch
    {
        null => null,
        { } share when kind == MeasureKind.Share => Math.Round(share * 100, 1),
        { } minutes when kind == MeasureKind.Minutes => Math.Round(minutes / MinutesPerHour, 1),
        { } other => Math.Round(other, 2),
    };
}
