using OpenKazan.Open311.Formatting;

namespace OpenKazan.UnitTests.Open311;

public sealed class Open311DatesTests
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    [Fact]
    public void Instants_are_written_in_the_city_zone_with_its_offset()
    {
        var text = Open311Dates.Format(new DateTime(2026, 11, 30, 7, 0, 0, DateTimeKind.Utc), Moscow);

        Assert.Equal("2026-11-30T10:00:00+03:00", text);
    }

    [Theory]
    [InlineData("2026-11-30T10:00:00+03:00")]
    [InlineData("2026-11-30T07:00:00Z")]
    [InlineData("2026-11-30T10:00:00 03:00")]
    [InlineData("2026-11-30T10:00:00")]
    public void Dates_with_an_offset_Z_or_none_are_read_as_the_same_instant(string text)
    {
        Assert.True(Open311Dates.TryParse(text, Moscow, out var utc));
        Assert.Equal(new DateTime(2026, 11, 30, 7, 0, 0, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Fact]
    public void Garbage_is_not_a_date()
    {
        Assert.False(Open311Dates.TryParse("yesterday", Moscow, out _));
    }
}
