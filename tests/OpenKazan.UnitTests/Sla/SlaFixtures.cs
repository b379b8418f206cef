using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Sla.Calendars;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.UnitTests.Sla;

/// <summary>Calendars and times the SLA tests share: the real Kazan package and a Berlin week with DST.</summary>
internal static class SlaFixtures
{
    public static TimeZoneInfo Moscow { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    public static TimeZoneInfo Berlin { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    /// <summary>Kazan as its package describes it: Mon–Thu 09:00–18:00, Fri 09:00–16:45, the 2026–2027 holidays.</summary>
    public static TenantContext Kazan { get; } = TenantJson.Parse(
        File.ReadAllText(Path.Combine(Repository.Root, "tenants", "kazan", "tenant.json"))).ToContext();

    public static BusinessCalendar KazanCalendar { get; } = BusinessCalendar.For(Kazan);

    public static BusinessCalendar Week(TimeZoneInfo zone, WorkingCalendar? calendar = null) =>
        new(calendar ?? WorkingCalendar.FiveDayWeek, zone);

    /// <summary>A wall-clock time in a zone, as UTC (the tests speak local time, the engine UTC).</summary>
    public static DateTime Local(TimeZoneInfo zone, int year, int month, int day, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), zone);

    public static DateTime Msk(int month, int day, int hour, int minute = 0) => Local(Moscow, 2026, month, day, hour, minute);

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
