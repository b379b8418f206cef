using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Sla.Calendars;
using static OpenKazan.UnitTests.Sla.SlaFixtures;

namespace OpenKazan.UnitTests.Sla;

/// <summary>Business-time arithmetic; 2026-03-02 is a Monday, Moscow is UTC+3 all year.</summary>
public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar MoscowWeek = Week(Moscow);

    [Fact]
    public void Inside_one_working_day_the_time_is_simply_added()
    {
        Assert.Equal(Msk(3, 2, 11, 30), MoscowWeek.AddWorkingTime(Msk(3, 2, 10), TimeSpan.FromMinutes(90)));
    }

    [Fact]
    public void Time_left_at_closing_continues_next_morning()
    {
        Assert.Equal(Msk(3, 3, 10), MoscowWeek.AddWorkingTime(Msk(3, 2, 17), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void A_target_ending_exactly_at_closing_is_due_at_closing_not_next_morning()
    {
        Assert.Equal(Msk(3, 2, 18), MoscowWeek.AddWorkingTime(Msk(3, 2, 9), TimeSpan.FromHours(9)));
    }

    [Fact]
    public void Friday_evening_continues_on_Monday()
    {
        Assert.Equal(Msk(3, 9, 10), MoscowWeek.AddWorkingTime(Msk(3, 6, 17), TimeSpan.FromHours(2)));
    }

    [Theory]
    [InlineData(7)] // before opening on Monday
    [InlineData(20)] // after closing on the Sunday before
    public void A_start_outside_working_hours_counts_from_the_next_opening(int hour)
    {
        var start = hour == 7 ? Msk(3, 2, 7) : Msk(3, 1, 20);
        Assert.Equal(Msk(3, 2, 9, 30), MoscowWeek.AddWorkingTime(start, TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void A_zero_duration_is_due_at_once_even_on_a_day_off()
    {
        var sunday = Msk(3, 1, 12);
        Assert.Equal(sunday, MoscowWeek.AddWorkingTime(sunday, TimeSpan.Zero));
        Assert.Equal(TimeSpan.Zero, MoscowWeek.WorkingTimeBetween(sunday, sunday));
    }

    [Fact]
    public void Holidays_are_skipped()
    {
        // Kazan: 8 March 2026 is a Sunday, so Monday the 9th is the holiday.
        Assert.Equal(Msk(3, 10, 10), KazanCalendar.AddWorkingTime(Msk(3, 6, 16, 45), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void A_shortened_pre_holiday_day_ends_early()
    {
        // Kazan: Friday 8 May 2026 ends at 15:45; the 9th (Saturday) and the 11th (Monday) are holidays.
        Assert.Equal(Msk(5, 12, 9, 15), KazanCalendar.AddWorkingTime(Msk(5, 8, 15), TimeSpan.FromHours(1)));
        Assert.Equal(TimeSpan.FromMinutes(45), KazanCalendar.WorkingTimeBetween(Msk(5, 8, 15), Msk(5, 11, 23)));
    }

    [Fact]
    public void An_extra_working_Saturday_counts_and_a_holiday_beats_a_transfer()
    {
        var calendar = WorkingCalendar.FiveDayWeek with
        {
            ExtraWorkingDays = [new ExtraWorkingDay(new DateOnly(2026, 3, 7), new TimeOnly(10, 0), new TimeOnly(14, 0)),
                new ExtraWorkingDay(new DateOnly(2026, 3, 8), new TimeOnly(10, 0), new TimeOnly(14, 0))],
            Holidays = [new DateOnly(2026, 3, 8)],
        };
        var week = Week(Moscow, calendar);

        Assert.Equal(Msk(3, 7, 11), week.AddWorkingTime(Msk(3, 6, 17), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(5), week.WorkingTimeBetween(Msk(3, 6, 17), Msk(3, 9, 9)));
    }

    [Fact]
    public void Working_time_between_two_instants_counts_only_open_hours()
    {
        // Thursday 16:00 to next Tuesday 10:30 in Kazan: 2 h Thu, 7 h 45 Fri, Monday 9 March is a holiday, 1 h 30 Tue.
        Assert.Equal(new TimeSpan(11, 15, 0), KazanCalendar.WorkingTimeBetween(Msk(3, 5, 16), Msk(3, 10, 10, 30)));
        Assert.Equal(TimeSpan.Zero, KazanCalendar.WorkingTimeBetween(Msk(3, 10, 10), Msk(3, 5, 16)));
    }

    [Fact]
    public void Working_hours_stay_local_across_a_spring_DST_change()
    {
        // Berlin moves to summer time on Sunday 29 March 2026: 09:00 on Monday is 07:00 UTC, on Friday it was 08:00 UTC.
        var berlin = Week(Berlin);
        var friday = Local(Berlin, 2026, 3, 27, 17);

        Assert.Equal(Utc(2026, 3, 30, 8), berlin.AddWorkingTime(friday, TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(2), berlin.WorkingTimeBetween(friday, Utc(2026, 3, 30, 8)));
    }

    [Fact]
    public void Working_hours_stay_local_across_an_autumn_DST_change()
    {
        var berlin = Week(Berlin);
        var friday = Local(Berlin, 2026, 10, 23, 17); // 15:00 UTC in summer time

        Assert.Equal(Utc(2026, 10, 26, 9), berlin.AddWorkingTime(friday, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void A_working_span_across_the_DST_change_counts_real_time()
    {
        // Sunday work 01:00–04:00 local: the spring day has 2 real hours, the autumn day 4.
        var spring = new DateOnly(2026, 3, 29);
        var autumn = new DateOnly(2026, 10, 25);
        var calendar = Week(Berlin, WorkingCalendar.FiveDayWeek with
        {
            ExtraWorkingDays = [new ExtraWorkingDay(spring, new TimeOnly(1, 0), new TimeOnly(4, 0)),
                new ExtraWorkingDay(autumn, new TimeOnly(1, 0), new TimeOnly(4, 0))],
        });

        Assert.Equal(TimeSpan.FromHours(2), calendar.WorkingTimeBetween(Utc(2026, 3, 28, 12), Utc(2026, 3, 29, 12)));
        Assert.Equal(Utc(2026, 3, 29, 2), calendar.AddWorkingTime(Utc(2026, 3, 28, 12), TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(4), calendar.WorkingTimeBetween(Utc(2026, 10, 24, 12), Utc(2026, 10, 25, 12)));
        Assert.Equal(Utc(2026, 10, 25, 2), calendar.AddWorkingTime(Utc(2026, 10, 24, 12), TimeSpan.FromHours(3)));
    }

    [Fact]
    public void A_boundary_inside_the_skipped_hour_moves_forward_by_the_gap()
    {
        // 02:30 does not exist on 29 March in Berlin: it is read as 02:30 winter time, i.e. 03:30 summer time (01:30 UTC).
        var day = new DateOnly(2026, 3, 29);
        var calendar = Week(Berlin, WorkingCalendar.FiveDayWeek with
        {
            ExtraWorkingDays = [new ExtraWorkingDay(day, new TimeOnly(2, 30), new TimeOnly(5, 0))],
        });

        Assert.Equal(TimeSpan.FromMinutes(90), calendar.WorkingTimeBetween(Utc(2026, 3, 28, 12), Utc(2026, 3, 29, 12)));
        Assert.Equal(Utc(2026, 3, 29, 3), calendar.AddWorkingTime(Utc(2026, 3, 28, 12), TimeSpan.FromMinutes(90)));
    }

    [Fact]
    public void Adding_then_measuring_gives_back_the_duration()
    {
        var random = new Random(416);
        foreach (var calendar in new[] { KazanCalendar, Week(Berlin) })
        {
            for (var i = 0; i < 300; i++)
            {
                var start = Utc(2026, 1, 1, 0).AddMinutes(random.Next(0, 600 * 24 * 60));
                var duration = TimeSpan.FromMinutes(random.Next(1, 10_000));
                var due = calendar.AddWorkingTime(start, duration);

                Assert.Equal(duration, calendar.WorkingTimeBetween(start, due));
            }
        }
    }

    [Fact]
    public void A_calendar_without_working_days_fails_clearly_instead_of_looping()
    {
        var never = Week(Moscow, new WorkingCalendar());

        var error = Assert.Throws<SlaHorizonExceededException>(() => never.AddWorkingTime(Msk(3, 2, 9), TimeSpan.FromMinutes(1)));
        Assert.Contains("731 days", error.Message, StringComparison.Ordinal);
        Assert.Throws<SlaHorizonExceededException>(() => MoscowWeek.WorkingTimeBetween(Msk(3, 2, 9), Msk(3, 2, 9).AddYears(3)));
    }

    [Fact]
    public void Negative_durations_and_local_times_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MoscowWeek.AddWorkingTime(Msk(3, 2, 9), TimeSpan.FromMinutes(-1)));
        Assert.Throws<ArgumentException>(() => MoscowWeek.AddWorkingTime(DateTime.SpecifyKind(Msk(3, 2, 9), DateTimeKind.Local), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void A_long_target_is_computed_by_day_not_by_minute()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 1_000; i++)
        {
            KazanCalendar.AddWorkingTime(Msk(1, 1, 0).AddHours(i), TimeSpan.FromMinutes(3840));
        }

        // Generous: about a millisecond each on a slow machine; a minute-by-minute loop would take far longer.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void The_calendar_clock_counts_every_minute()
    {
        var clock = ContinuousCalendar.Instance;
        var saturday = Msk(3, 7, 23, 50);

        Assert.Equal(Msk(3, 8, 0, 20), clock.AddWorkingTime(saturday, TimeSpan.FromMinutes(30)));
        Assert.Equal(TimeSpan.FromMinutes(30), clock.WorkingTimeBetween(saturday, Msk(3, 8, 0, 20)));
    }
}
