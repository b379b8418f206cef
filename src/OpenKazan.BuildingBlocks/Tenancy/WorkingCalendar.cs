namespace OpenKazan.BuildingBlocks.Tenancy;

/// <summary>
/// A city's working calendar as written in its package: working hours per weekday in local time,
/// holidays, shortened pre-holiday days and working weekends.
/// </summary>
public sealed record WorkingCalendar
{
    public IReadOnlyDictionary<DayOfWeek, WorkingHours> WorkingHours { get; init; } = new Dictionary<DayOfWeek, WorkingHours>();

    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];

    public IReadOnlyList<ShortenedDay> ShortenedDays { get; init; } = [];

    public IReadOnlyList<ExtraWorkingDay> ExtraWorkingDays { get; init; } = [];

    public static WorkingCalendar FiveDayWeek { get; } = new()
    {
        WorkingHours = Enum.GetValues<DayOfWeek>()
            .Where(d => d is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .ToDictionary(d => d, _ => new WorkingHours(new TimeOnly(9, 0), new TimeOnly(18, 0))),
    };
}

public sealed record WorkingHours(TimeOnly Start, TimeOnly End);

/// <summary>A working day that ends early (the day before a holiday).</summary>
public sealed record ShortenedDay(DateOnly Date, TimeOnly End);

/// <summary>A weekend day moved into a working day by a government transfer.</summary>
public sealed record ExtraWorkingDay(DateOnly Date, TimeOnly Start, TimeOnly End);
