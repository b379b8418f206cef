namespace OpenKazan.Analytics.ReportConstructor;

/// <summary>The in-memory twins of the SQL aggregates: nulls are skipped, exactly as PostgreSQL's avg and percentile_cont do.</summary>
public static class Aggregates
{
    public static double? Share(IEnumerable<bool?> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var known = flags.Where(f => f.HasValue).ToList();
        return known.Count == 0 ? null : (double)known.Count(f => f!.Value) / known.Count;
    }

    public static double? Average(IEnumerable<int?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var known = values.Where(v => v.HasValue).Select(v => (double)v!.Value).ToList();
        return known.Count == 0 ? null : known.Average();
    }

    /// <summary>Continuous percentile with linear interpolation between the two nearest ranks (PostgreSQL's percentile_cont).</summary>
    public static double? PercentileCont(IEnumerable<int?> values, double fraction)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(v => v.HasValue).Select(v => (double)v!.Value).Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var position = fraction * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}

/// <summary>Week (ISO, Monday first, as PostgreSQL's date_trunc) and month starts.</summary>
public static class Periods
{
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);
}
