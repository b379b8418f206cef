using OpenKazan.Sla.Contracts;

namespace OpenKazan.Sla.Calendars;

/// <summary>The 24/7 clock of <see cref="SlaClock.Calendar"/> stages: every minute counts, DST changes included.</summary>
public sealed class ContinuousCalendar : IWorkingTimeCalendar
{
    public static ContinuousCalendar Instance { get; } = new();

    private ContinuousCalendar()
    {
    }

    public DateTime AddWorkingTime(DateTime startUtc, TimeSpan duration)
    {
        var start = UtcTime.Require(startUtc, nameof(startUtc));
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        return start + duration;
    }

    public TimeSpan WorkingTimeBetween(DateTime fromUtc, DateTime toUtc)
    {
        var from = UtcTime.Require(fromUtc, nameof(fromUtc));
        var to = UtcTime.Require(toUtc, nameof(toUtc));
        return to > from ? to - from : TimeSpan.Zero;
    }
}
