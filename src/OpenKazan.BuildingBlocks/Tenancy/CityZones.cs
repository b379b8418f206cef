using System.Collections.Concurrent;
using System.Globalization;

namespace OpenKazan.BuildingBlocks.Tenancy;

/// <summary>
/// IANA time zones by id, looked up once per process: the current city's zone is read on every request and every
/// deadline computation, and the system lookup takes a global lock.
/// </summary>
public static class CityZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    public static TimeZoneInfo Find(string id) => Zones.GetOrAdd(id, TimeZoneInfo.FindSystemTimeZoneById);

    /// <summary>A stored UTC time as the city's residents read a clock, the same on pages and in e-mails.</summary>
    public static string LocalText(TimeZoneInfo zone, DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
