namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>The report's aggregates: nulls are skipped, exactly as SQL's avg and PostgreSQL's percentile_cont do.</summary>
internal static class Aggregates
{
    public static double? Share(IEnumerable<bool?> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        long known = 0, yes = 0;
        foreach (var flag in flags)
        {
            if (flag is { } value)
            {
                known++;
                yes += value ? 1 : 0;
            }
        }

        return known == 0 ? null : (double)yes / known;
    }

    public static double? Average(IEnumerable<int?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        long known = 0, sum = 0;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                known++;
                sum += v;
            }
        }

        return known == 0 ? null : (double)sum / known;
    }

    /// <summary>Continuous percentile with linear interpolation between the two nearest ranks (PostgreSQL's percentile_cont).</summary>
    public static double? PercentileCont(IEnumerable<int?> values, double fraction)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(v => v.HasValue).Select(v => v!.Value).ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        Array.Sort(sorted);
        var position = fraction * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + (((double)sorted[upper] - sorted[lower]) * (position - lower));
    }
}

/// <summary>Week (ISO, Monday first, as PostgreSQL's date_trunc) and month starts.</summary>
internal static class Periods
{
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);
}
