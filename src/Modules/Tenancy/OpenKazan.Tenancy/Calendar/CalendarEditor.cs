using System.Globalization;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Calendar;

/// <summary>
/// The TenantAdmin's change of the city's working week and holidays, saved through the central catalog (which bumps
/// its version) so every node computes deadlines with the same calendar. Shortened and extra working days are kept.
/// </summary>
internal sealed class CalendarEditor(TenantCatalog catalog, ITenantStore store) : ICalendarEditor
{
    public async Task<IReadOnlyList<CalendarError>?> SaveAsync(
        Guid tenantId, IReadOnlyList<WorkingDayInput> week, IReadOnlyList<string> holidays, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(holidays);
        if (store.FindById(tenantId) is not { } tenant)
        {
            return null;
        }

        var errors = new List<CalendarError>();
        var hours = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var day in week.Where(d => !string.IsNullOrWhiteSpace(d.Start) || !string.IsNullOrWhiteSpace(d.End)))
        {
            if (Time(day.Start) is { } start && Time(day.End) is { } end && start < end)
            {
                hours[day.Day.ToString()] = [Text(start), Text(end)];
            }
            else
            {
                errors.Add(new CalendarError(day.Day.ToString(), "BadHours"));
            }
        }

        var dates = holidays.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()).ToList();
        if (dates.Exists(d => !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            errors.Add(new CalendarError("Holidays", "BadHoliday"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var calendar = tenant.Calendar with { WorkingHours = hours, Holidays = dates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() };
        await catalog.UpsertAsync(tenant with { Calendar = calendar }, logo: null, ct);
        return errors;
    }

    private static TimeOnly? Time(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private static string Text(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
