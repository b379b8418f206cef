using OpenKazan.Sla.Calendars;
using OpenKazan.Sla.Contracts;

namespace OpenKazan.Sla;

/// <summary>Deadlines of a clock that can be stopped (OnHold: waiting for the resident, no access to the flat).</summary>
public static class SlaPauses
{
    /// <summary>
    /// The instant <paramref name="target"/> of running time has passed since <paramref name="startUtc"/>, the clock
    /// standing still during <paramref name="pauses"/>. An open pause lasts until <paramref name="nowUtc"/>; a pause that
    /// begins after the deadline changes nothing, so a breach is never undone by pausing later.
    /// </summary>
    public static DateTime DueAfterPauses(
        IWorkingTimeCalendar calendar, TimeSpan target, DateTime startUtc, IReadOnlyList<(DateTime From, DateTime? To)> pauses, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(pauses);
        var start = UtcTime.Require(startUtc, nameof(startUtc));
        var now = UtcTime.Require(nowUtc, nameof(nowUtc));
        var remaining = target;
        var cursor = start;
        foreach (var (from, to) in Merged(pauses, start, now))
        {
            var running = calendar.WorkingTimeBetween(cursor, from);
            if (running >= remaining)
            {
                break;
            }

            remaining -= running;
            cursor = to;
        }

        return calendar.AddWorkingTime(cursor, remaining);
    }

    /// <summary>Pauses clipped to the stage's start, closed at now if open, sorted and with overlaps joined.</summary>
    private static List<(DateTime From, DateTime To)> Merged(IReadOnlyList<(DateTime From, DateTime? To)> pauses, DateTime start, DateTime now)
    {
        var merged = new List<(DateTime From, DateTime To)>();
        var clipped = pauses
            .Select(p => (From: Max(UtcTime.Require(p.From, nameof(pauses)), start), To: UtcTime.Require(p.To ?? now, nameof(pauses))))
            .Where(p => p.To > p.From)
            .OrderBy(p => p.From);
        foreach (var pause in clipped)
        {
            if (merged.Count > 0 && pause.From <= merged[^1].To)
            {
                merged[^1] = (merged[^1].From, Max(merged[^1].To, pause.To));
            }
            else
            {
                merged.Add(pause);
            }
        }

        return merged;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
