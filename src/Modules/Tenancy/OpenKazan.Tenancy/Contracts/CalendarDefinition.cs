using OpenKazan.Tenancy;
using System.Globalization;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Tenancy.Contracts;

/// <summary>The calendar as written in <c>tenant.json</c>: weekday names and "HH:mm" strings.</summary>
public sealed record CalendarDefinition
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> WorkingHours { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<string> Holidays { get; init; } = [];

    public IReadOnlyList<ShortenedDayDefinition> ShortenedDays { get; init; } = [];

    public IReadOnlyList<ExtraWorkingDayDefinition> ExtraWorkingDays { get; init; } = [];

    public WorkingCalendar ToWorkingCalendar()
    {
        if (WorkingHours.Count == 0)
        {
            return WorkingCalendar.FiveDayWeek;
        }

        return new WorkingCalendar
        {
            WorkingHours = WorkingHours.ToDictionary(
                p => Enum.Parse<DayOfWeek>(p.Key, ignoreCase: true),
                p => new WorkingHours(Time(p.Value[0]), Time(p.Value[1]))),
            Holidays = Holidays.Select(Date).ToList(),
            ShortenedDays = ShortenedDays.Select(d => new ShortenedDay(Date(d.Date), Time(d.End))).ToList(),
            ExtraWorkingDays = ExtraWorkingDays
                .Select(d => new ExtraWorkingDay(Date(d.Date), Time(d.Start ?? "09:00"), Time(d.End ?? "18:00"))).ToList(),
        };
    }

    private static TimeOnly Time(string value) => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record ShortenedDayDefinition(string Date, string End);

public sealed record ExtraWorkingDayDefinition(string Date, string? Start, string? End);
