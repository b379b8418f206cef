namespace OpenKazan.Tenancy.Contracts;

/// <summary>Working hours of one weekday as typed ("HH:mm"); both empty means a day off.</summary>
public sealed record WorkingDayInput(DayOfWeek Day, string? Start, string? End);

public sealed record CalendarError(string Field, string Reason);

/// <summary>
/// The TenantAdmin's change of the city's working week and holidays, saved through the central catalog so every node
/// computes deadlines with the same calendar.
/// </summary>
public interface ICalendarEditor
{
    /// <summary>The refused fields (none when saved), or null when there is no such city.</summary>
    Task<IReadOnlyList<CalendarError>?> SaveAsync(
        Guid tenantId, IReadOnlyList<WorkingDayInput> week, IReadOnlyList<string> holidays, CancellationToken ct);
}
