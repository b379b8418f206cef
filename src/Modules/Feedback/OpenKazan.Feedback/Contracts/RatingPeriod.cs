using System.Globalization;

namespace OpenKazan.Feedback.Contracts;

public enum PeriodLength
{
    Month,
    Quarter,
    HalfYear,
    Year,
}

/// <summary>
/// One voting and rating period of a city, bounded by midnight in the city's time zone. The key names it in open data
/// and URLs: <c>2026-11</c>, <c>2026-Q4</c>, <c>2026-H2</c>, <c>2026</c>.
/// </summary>
public sealed record RatingPeriod(string Key, PeriodLength Length, DateOnly FirstDay, DateTime StartUtc, DateTime EndUtc)
{
    private static int Months(PeriodLength length) => length switch
    {
        PeriodLength.Month => 1,
        PeriodLength.Quarter => 3,
        PeriodLength.HalfYear => 6,
        _ => 12,
    };

    /// <summary>The period that contains this instant in the city's local time.</summary>
    public static RatingPeriod Containing(DateTime utc, PeriodLength length, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        var months = Months(length);
        var firstMonth = ((local.Month - 1) / months * months) + 1;
        return Starting(new DateOnly(local.Year, firstMonth, 1), length, zone);
    }

    /// <summary>The period with this key, or null when the key is not one of this length.</summary>
    public static RatingPeriod? Parse(string key, PeriodLength length, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2999)
        {
            return null;
        }

        var index = (length, parts.Length) switch
        {
            (PeriodLength.Year, 1) => 1,
            (PeriodLength.Month, 2) when int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && parts[1].Length == 2 => m,
            (PeriodLength.Quarter, 2) when parts[1].Length == 2 && parts[1][0] == 'Q' => parts[1][1] - '0',
            (PeriodLength.HalfYear, 2) when parts[1].Length == 2 && parts[1][0] == 'H' => parts[1][1] - '0',
            _ => 0,
        };
        var months = Months(length);
        return index >= 1 && index <= 12 / months ? Starting(new DateOnly(year, ((index - 1) * months) + 1, 1), length, zone) : null;
    }

    public RatingPeriod Previous(TimeZoneInfo zone) => Starting(FirstDay.AddMonths(-Months(Length)), Length, zone);

    public bool Contains(DateTime utc) => utc >= StartUtc && utc < EndUtc;

    private static RatingPeriod Starting(DateOnly first, PeriodLength length, TimeZoneInfo zone)
    {
        var next = first.AddMonths(Months(length));
        var key = length switch
        {
            PeriodLength.Month => $"{first.Year}-{first.Month:00}",
            PeriodLength.Quarter => $"{first.Year}-Q{((first.Month - 1) / 3) + 1}",
            PeriodLength.HalfYear => $"{first.Year}-H{((first.Month - 1) / 6) + 1}",
            _ => first.Year.ToString(CultureInfo.InvariantCulture),
        };
        return new RatingPeriod(key, length, first, Utc(first, zone), Utc(next, zone));
    }

    private static DateTime Utc(DateOnly day, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);
}
