using System.Globalization;
using OpenKazan.TenantGenerator.Model;

namespace OpenKazan.TenantGenerator.Common;

/// <summary>
/// Non-working holidays of 2026 and 2027. The package lists every holiday date (also those on a weekend, which
/// are harmless) plus the weekday that replaces a holiday falling on a weekend.
/// </summary>
internal static class Holidays
{
    /// <summary>
    /// Federal: Labour Code art. 112 and Government Decree No. 1466 of 24.09.2025 for 2026 (Jan 3 → Jan 9,
    /// Jan 4 → Dec 31; Mar 8 → Mar 9 and May 9 → May 11 move by law). For 2027 only the statutory moves are
    /// included (May 1 → May 3, May 9 → May 10, Jun 12 → Jun 14): the decree moving Jan 2/3 is not out yet.
    /// </summary>
    private static readonly string[] Federal =
    [
        "2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08",
        "2026-01-09", "2026-02-23", "2026-03-08", "2026-03-09", "2026-05-01", "2026-05-09", "2026-05-11", "2026-06-12",
        "2026-11-04", "2026-12-31",
        "2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07", "2027-01-08",
        "2027-02-23", "2027-03-08", "2027-05-01", "2027-05-03", "2027-05-09", "2027-05-10", "2027-06-12", "2027-06-14",
        "2027-11-04",
    ];

    /// <summary>
    /// The working day right before a holiday: the official 2026 list, the same rule applied to 2027. 2027-12-31
    /// is left out: the pending decree usually makes it a day off (and 2028 is outside the package anyway).
    /// </summary>
    private static readonly string[] FederalShortened =
    [
        "2026-04-30", "2026-05-08", "2026-06-11", "2026-11-03",
        "2027-02-22", "2027-04-30", "2027-06-11", "2027-11-03",
    ];

    /// <summary>
    /// Tatarstan (law "On holidays and memorable dates of the Republic of Tatarstan"): Republic Day Aug 30,
    /// Constitution Day Nov 6, Uraza Bayram and Kurban Bayram on the dates fixed by the Rais's decree
    /// (2026: Mar 20 and May 27). A republican holiday on a weekend is not moved. The 2027 bayram dates are
    /// the astronomical estimate until the 2027 decree is signed.
    /// </summary>
    private static readonly string[] Tatarstan =
    [
        "2026-03-20", "2026-05-27", "2026-08-30", "2026-11-06",
        "2027-03-10", "2027-05-16", "2027-08-30", "2027-11-06",
    ];

    private static readonly string[] TatarstanShortened =
    [
        "2026-03-19", "2026-05-26", "2026-11-05",
        "2027-03-09", "2027-11-05",
    ];

    /// <summary>
    /// Chechnya: Constitution Day Mar 23, Day of Peace Apr 16, and the three-day Uraza Bayram and Kurban Bayram
    /// declared each year by the Head's decree (2026 Uraza Bayram: Mar 19–21 by decree; the Kurban Bayram of 2026
    /// and both bayrams of 2027 are estimates until their decrees appear).
    /// </summary>
    private static readonly string[] Chechnya =
    [
        "2026-03-19", "2026-03-20", "2026-03-21", "2026-03-23", "2026-04-16", "2026-05-27", "2026-05-28", "2026-05-29",
        "2027-03-10", "2027-03-11", "2027-03-12", "2027-03-23", "2027-04-16", "2027-05-16", "2027-05-17", "2027-05-18",
    ];

    private static readonly string[] ChechnyaShortened =
    [
        "2026-03-18", "2026-04-15", "2026-05-26",
        "2027-03-09", "2027-03-22", "2027-04-15",
    ];

    public static WorkCalendar TatarstanCalendar { get; } = Combine(Federal.Concat(Tatarstan), FederalShortened.Concat(TatarstanShortened));

    public static WorkCalendar ChechnyaCalendar { get; } = Combine(Federal.Concat(Chechnya), FederalShortened.Concat(ChechnyaShortened));

    private static WorkCalendar Combine(IEnumerable<string> holidays, IEnumerable<string> shortened) =>
        new(Parse(holidays), Parse(shortened));

    private static List<DateOnly> Parse(IEnumerable<string> dates) =>
        dates.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).Distinct().Order().ToList();
}
