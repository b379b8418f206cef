using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Sla.Contracts;

namespace OpenKazan.Sla.Calendars;

/// <summary>
/// The <see cref="SlaClock.Business"/> clock of one city: its working hours (local time of its IANA zone), holidays,
/// shortened pre-holiday days and working weekends. Walks day by day, never minute by minute, and refuses to look
/// further than <see cref="HorizonDays"/> ahead so a target a calendar can never meet fails loudly instead of looping.
/// </summary>
public sealed class BusinessCalendar : IWorkingTimeCalendar
{
    /// <summary>About two years: longer than any sane target, short enough to stay fast.</summary>
    public const int HorizonDays = 731;

    private readonly IReadOnlyDictionary<DayOfWeek, WorkingHours> weekHours;
    private readonly TimeZoneInfo zone;
    private readonly HashSet<DateOnly> holidays;
    private readonly Dictionary<DateOnly, TimeOnly> shortenedEnds;
    private readonly Dictionary<DateOnly, ExtraWorkingDay> extraDays;

    public BusinessCalendar(WorkingCalendar calendar, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(timeZone);
        weekHours = calendar.WorkingHours;
        zone = timeZone;
        holidays = [.. calendar.Holidays];
        shortenedEnds = calendar.ShortenedDays.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.Min(d => d.End));
        extraDays = calendar.ExtraWorkingDays.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.First());
    }

    public static BusinessCalendar For(TenantContext city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return new BusinessCalendar(city.Calendar, city.TimeZone);
    }

    public DateTime AddWorkingTime(DateTime startUtc, TimeSpan duration)
    {
        var cursor = UtcTime.Require(startUtc, nameof(startUtc));
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        if (duration == TimeSpan.Zero)
        {
            // Nothing to count: due at once, even outside working hours.
            return cursor;
        }

        var remaining = duration;
        var first = LocalDate(cursor);
        for (var day = first; day.DayNumber - first.DayNumber <= HorizonDays; day = day.AddDays(1))
        {
            if (WorkingSpan(day) is not { } span || span.Close <= cursor)
            {
                continue;
            }

            var from = span.Open > cursor ? span.Open : cursor;
            var available = span.Close - from;
            if (remaining <= available)
            {
                return from + remaining;
            }

            remaining -= available;
        }

        throw new SlaHorizonExceededException(
            $"{duration} of working time from {cursor:u} does not fit in {HorizonDays} days of this city's calendar.");
    }

    public TimeSpan WorkingTimeBetween(DateTime fromUtc, DateTime toUtc)
    {
        var from = UtcTime.Require(fromUtc, nameof(fromUtc));
        var to = UtcTime.Require(toUtc, nameof(toUtc));
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var first = LocalDate(from);
        var last = LocalDate(to);
        if (last.DayNumber - first.DayNumber > HorizonDays)
        {
            throw new SlaHorizonExceededException(
                $"Working time between {from:u} and {to:u} spans more than {HorizonDays} days.");
        }

        var total = TimeSpan.Zero;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (WorkingSpan(day) is { } span)
            {
                var overlap = (span.Close < to ? span.Close : to) - (span.Open > from ? span.Open : from);
                total += overlap > TimeSpan.Zero ? overlap : TimeSpan.Zero;
            }
        }

        return total;
    }

    /// <summary>The working span of a local date in UTC, or null on a day off. A holiday beats a transfer.</summary>
    private (DateTime Open, DateTime Close)? WorkingSpan(DateOnly day)
    {
        if (holidays.Contains(day))
        {
            return null;
        }

        TimeOnly start, end;
        if (extraDays.TryGetValue(day, out var extra))
        {
            (start, end) = (extra.Start, extra.End);
        }
        else if (weekHours.TryGetValue(day.DayOfWeek, out var hours))
        {
            (start, end) = (hours.Start, hours.End);
        }
        else
        {
            return null;
        }

        if (shortenedEnds.TryGetValue(day, out var earlyEnd) && earlyEnd < end)
        {
            end = earlyEnd;
        }

        var open = ToUtc(day.ToDateTime(start));
        var close = ToUtc(day.ToDateTime(end));
        return close > open ? (open, close) : null;
    }

    private DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));

    /// <summary>
    /// Local wall time to UTC across DST changes, resolved leniently (as NodaTime does): a time skipped by a
    /// spring-forward change is read with the offset in force before it (so it moves forward by the gap), and a
    /// time repeated by a fall-back change is its first occurrence.
    /// </summary>
    private DateTime ToUtc(DateTime local)
    {
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            offset = zone.GetUtcOffset(local.AddDays(-1));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }

        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }
}
