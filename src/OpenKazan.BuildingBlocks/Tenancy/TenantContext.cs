namespace OpenKazan.BuildingBlocks.Tenancy;

/// <summary>
/// What every module may know about the current city without depending on the tenancy module:
/// its immutable id, slug, time zone, cultures and working calendar.
/// </summary>
public sealed record TenantContext(
    Guid Id,
    string Slug,
    string TimeZoneId,
    string DefaultCulture,
    IReadOnlyList<string> Languages,
    string RequestNumberPrefix,
    WorkingCalendar Calendar,
    string? OwnConnectionStringName)
{
    public TimeZoneInfo TimeZone => CityZones.Find(TimeZoneId);
}
