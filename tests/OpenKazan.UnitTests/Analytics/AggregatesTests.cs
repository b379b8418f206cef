using OpenKazan.Analytics.Generator;
using OpenKazan.Analytics.ReportConstructor;

namespace OpenKazan.UnitTests.Analytics;

public sealed class AggregatesTests
{
    [Theory]
    [InlineData(0.5, 25.0)]
    [InlineData(0.9, 37.0)]
    [InlineData(0.0, 10.0)]
    [InlineData(1.0, 40.0)]
    public void Percentile_interpolates_between_ranks_and_skips_nulls(double fraction, double expected)
    {
        int?[] values = [40, null, 10, 20, 30];

        Assert.Equal(expected, Aggregates.PercentileCont(values, fraction)!.Value, 9);
    }

    [Fact]
    public void Shares_and_percentiles_of_nothing_are_null()
    {
        Assert.Null(Aggregates.PercentileCont([null], 0.5));
        Assert.Null(Aggregates.Share([null, null]));
        Assert.Equal(2.0 / 3, Aggregates.Share([true, false, null, true])!.Value, 9);
    }

    [Theory]
    [InlineData("2026-11-29", "2026-11-23")]
    [InlineData("2026-11-23", "2026-11-23")]
    [InlineData("2026-11-01", "2026-10-26")]
    public void Weeks_start_on_monday(string day, string monday) =>
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture),
            Periods.WeekStart(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Daily_volumes_add_up_peak_in_october_and_stay_under_the_cap()
    {
        var first = new DateOnly(2024, 12, 1);

        var plan = DailyVolumes.Plan(2_500_000, 730, first);

        Assert.Equal(2_500_000, plan.Sum());
        Assert.All(plan, day => Assert.InRange(day, 1, DailyVolumes.MaxPerDay));
        var busiest = first.AddDays(Array.IndexOf(plan, plan.Max()));
        Assert.Equal(10, busiest.Month);
    }
}
