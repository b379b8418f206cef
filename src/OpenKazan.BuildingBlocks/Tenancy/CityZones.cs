using System.Collections.Concurrent;

namespace OpenKazan.BuildingBlocks.Tenancy;

/// <summary>
/// IANA time zones by id, looked up once per process: the current city's zone is read on every request and every
/// deadline computation, and the system lookup takes a global lock.
/// </summary>
public static class CityZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    public static TimeZoneInfo Find(string id) => Zones.GetOrAdd(id, TimeZoneInfo.FindSystemTimeZoneById);
}
