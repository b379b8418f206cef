using OpenKazan.Analytics.Contracts;

namespace OpenKazan.Analytics.Generator;

/// <summary>
/// How many requests each day gets: a seasonal curve (heating start in October, frost and snow in January–February,
/// thaw in March), fewer on Sundays, scaled to the asked total and capped at <see cref="MaxPerDay"/>.
/// </summary>
internal static class DailyVolumes
{
    public const int MaxPerDay = GeneratorOptions.MaxPerDay;

    public static int[] Plan(int total, int days, DateOnly firstDay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var weights = Enumerable.Range(0, days).Select(i => Weight(firstDay.AddDays(i))).ToArray();
        var sum = weights.Sum();
        var counts = weights.Select(w => (int)Math.Min(MaxPerDay, Math.Floor(total * w / sum))).ToArray();
        var missing = total - counts.Sum();
        for (var i = 0; missing > 0; i = (i + 1) % days)
        {
            var room = Math.Min(MaxPerDay - counts[i], Math.Max(1, missing / days));
            if (room > 0)
            {
                counts[i] += Math.Min(room, missing);
                missing -= Math.Min(room, missing);
            }
            else if (counts.All(c => c >= MaxPerDay))
            {
                throw new ArgumentOutOfRangeException(nameof(total), $"More than {MaxPerDay} a day over {days} days.");
            }
        }

        return counts;
    }

    private static double Weight(DateOnly day)
    {
        var seasonal = day.Month switch
        {
            10 => 2.2,
            11 => 1.6,
            1 or 2 => 1.8,
            3 => 1.5,
            12 => 1.3,
            6 or 7 or 8 => 0.7,
            _ => 1.0,
        };

        // The first days of the heating season bring the city's worst peaks.
        var heatingStart = day.Month == 10 && day.Day <= 10 ? 1.5 : 1.0;
        var weekday = day.DayOfWeek == DayOfWeek.Sunday ? 0.6 : day.DayOfWeek == DayOfWeek.Saturday ? 0.8 : 1.0;
        return seasonal * heatingStart * weekday;
    }
}
