using OpenKazan.Feedback.Contracts;

namespace OpenKazan.UnitTests.Feedback;

public sealed class RatingPeriodTests
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    [Fact]
    public void A_quarter_starts_at_midnight_in_the_city_not_in_utc()
    {
        // 31 Dec 2026 22:30 UTC is already 1 Jan 2027 01:30 in Kazan: the first quarter of 2027.
        var period = RatingPeriod.Containing(new DateTime(2026, 12, 31, 22, 30, 0, DateTimeKind.Utc), PeriodLength.Quarter, Moscow);

        Assert.Equal("2027-Q1", period.Key);
        Assert.Equal(new DateTime(2026, 12, 31, 21, 0, 0, DateTimeKind.Utc), period.StartUtc);
        Assert.Equal(new DateTime(2027, 3, 31, 21, 0, 0, DateTimeKind.Utc), period.EndUtc);
    }

    [Theory]
    [InlineData(PeriodLength.Month, "2026-11")]
    [InlineData(PeriodLength.Quarter, "2026-Q4")]
    [InlineData(PeriodLength.HalfYear, "2026-H2")]
    [InlineData(PeriodLength.Year, "2026")]
    public void Keys_round_trip_for_every_length(PeriodLength length, string key)
    {
        var period = RatingPeriod.Containing(new DateTime(2026, 11, 30, 7, 0, 0, DateTimeKind.Utc), length, Moscow);

        Assert.Equal(key, period.Key);
        Assert.Equal(period, RatingPeriod.Parse(key, length, Moscow));
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-11")]
    [InlineData("Q4-2026")]
    [InlineData("")]
    public void Keys_of_another_length_or_malformed_are_refused(string key) =>
        Assert.Null(RatingPeriod.Parse(key, PeriodLength.Quarter, Moscow));

    [Fact]
    public void The_previous_quarter_crosses_the_year()
    {
        var first = RatingPeriod.Parse("2027-Q1", PeriodLength.Quarter, Moscow)!;

        Assert.Equal("2026-Q4", first.Previous(Moscow).Key);
    }
}
