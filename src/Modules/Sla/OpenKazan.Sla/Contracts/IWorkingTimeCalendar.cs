using OpenKazan.Sla.Calendars;
namespace OpenKazan.Sla.Contracts;

/// <summary>Arithmetic on the time a clock counts. All instants are UTC; durations are counted time.</summary>
public interface IWorkingTimeCalendar
{
    /// <summary>The instant at which <paramref name="duration"/> of counted time has passed since <paramref name="startUtc"/>.</summary>
    DateTime AddWorkingTime(DateTime startUtc, TimeSpan duration);

    /// <summary>The counted time between two instants; zero when <paramref name="toUtc"/> is not after <paramref name="fromUtc"/>.</summary>
    TimeSpan WorkingTimeBetween(DateTime fromUtc, DateTime toUtc);
}
