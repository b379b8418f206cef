namespace OpenKazan.Sla.Calendars;

/// <summary>
/// A business-time computation would need more than <see cref="BusinessCalendar.Horizon"/> of calendar days:
/// a target too long for the calendar, or a calendar without working days.
/// </summary>
public sealed class SlaHorizonExceededException(string message) : InvalidOperationException(message);
