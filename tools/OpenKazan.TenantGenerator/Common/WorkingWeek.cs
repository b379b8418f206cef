namespace OpenKazan.TenantGenerator.Common;

/// <summary>
/// The 40-hour office week of the demo cities: Mon–Thu 09:00–18:00, Fri 09:00–16:45
/// (a 45-minute lunch break is not modelled; the short Friday keeps the weekly total).
/// </summary>
internal static class WorkingWeek
{
    public static IReadOnlyList<(DayOfWeek Day, TimeOnly Start, TimeOnly End)> Hours { get; } =
    [
        (DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(18, 0)),
        (DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(18, 0)),
        (DayOfWeek.Wednesday, new TimeOnly(9, 0), new TimeOnly(18, 0)),
        (DayOfWeek.Thursday, new TimeOnly(9, 0), new TimeOnly(18, 0)),
        (DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(16, 45)),
    ];

    public static bool IsWorkingWeekday(DateOnly date) => Hours.Any(h => h.Day == date.DayOfWeek);

    /// <summary>A pre-holiday day ends one hour early (Labour Code art. 95): 17:00 Mon–Thu, 15:45 on Friday.</summary>
    public static TimeOnly ShortenedEnd(DateOnly date) =>
        Hours.Single(h => h.Day == date.DayOfWeek).End.AddHours(-1);
}
