using OpenKazan.Sla;
using OpenKazan.Sla.Calendars;
using static OpenKazan.UnitTests.Sla.SlaFixtures;

namespace OpenKazan.UnitTests.Sla;

/// <summary>OnHold stops the clock: 8 working hours from Monday 2 March 2026, 09:00 Moscow, on a 09:00–18:00 week.</summary>
public sealed class SlaPausesTests
{
    private static readonly BusinessCalendar MoscowWeek = Week(Moscow);
    private static readonly TimeSpan EightHours = TimeSpan.FromHours(8);
    private static readonly DateTime Start = Msk(3, 2, 9);

    private static DateTime Due(params (DateTime From, DateTime? To)[] pauses) =>
        SlaPauses.DueAfterPauses(MoscowWeek, EightHours, Start, pauses, Msk(3, 2, 15));

    [Fact]
    public void Without_pauses_the_deadline_is_the_plain_one()
    {
        Assert.Equal(Msk(3, 2, 17), Due());
    }

    [Fact]
    public void A_closed_pause_adds_the_working_time_it_covered()
    {
        Assert.Equal(Msk(3, 3, 10), Due((Msk(3, 2, 10), Msk(3, 2, 12))));
    }

    [Fact]
    public void An_open_pause_runs_until_now()
    {
        // Paused 10:00–15:00 so far: 1 h counted, 7 h left from now: 3 h today, 4 h on Tuesday.
        Assert.Equal(Msk(3, 3, 13), Due((Msk(3, 2, 10), null)));
    }

    [Fact]
    public void Overlapping_pauses_are_counted_once()
    {
        Assert.Equal(Due((Msk(3, 2, 10), Msk(3, 2, 13))), Due((Msk(3, 2, 10), Msk(3, 2, 12)), (Msk(3, 2, 11), Msk(3, 2, 13))));
    }

    [Fact]
    public void A_pause_outside_working_hours_changes_nothing()
    {
        Assert.Equal(Msk(3, 2, 17), Due((Msk(3, 2, 6), Msk(3, 2, 9)), (Msk(3, 2, 17, 30), Msk(3, 2, 23))));
    }

    [Fact]
    public void A_pause_after_the_deadline_does_not_undo_the_breach()
    {
        Assert.Equal(Msk(3, 2, 17), Due((Msk(3, 2, 17), Msk(3, 4, 12))));
    }

    [Fact]
    public void A_calendar_clock_pause_adds_wall_time()
    {
        var due = SlaPauses.DueAfterPauses(
            ContinuousCalendar.Instance, TimeSpan.FromMinutes(30), Utc(2026, 3, 7, 21), [(Utc(2026, 3, 7, 21, 10), Utc(2026, 3, 7, 21, 20))], Utc(2026, 3, 8, 0));

        Assert.Equal(Utc(2026, 3, 7, 21, 40), due);
    }
}
