using System.Globalization;

namespace OpenKazan.Open311.Formatting;

/// <summary>Dates as GeoReport v2 writes them: ISO 8601 with the offset of the city's time zone.</summary>
internal static class Open311Dates
{
    public static string Format(DateTime utc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var instant = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    public static string? Format(DateTime? utc, TimeZoneInfo zone) => utc is { } value ? Format(value, zone) : null;

    /// <summary>
    /// Reads an ISO 8601 instant; without an offset it is the city's local time. A '+' of an offset that reached us
    /// as a space (an unencoded query string) is put back.
    /// </summary>
    public static bool TryParse(string value, TimeZoneInfo zone, out DateTime utc)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(zone);
        utc = default;
        var text = value.Trim().Replace(' ', '+');
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        if (parsed.Kind != DateTimeKind.Unspecified)
        {
            utc = parsed.ToUniversalTime();
            return true;
        }

        // A local time that the clock skipped (a daylight-saving gap) names no instant.
        if (zone.IsInvalidTime(parsed))
        {
            return false;
        }

        utc = TimeZoneInfo.ConvertTimeToUtc(parsed, zone);
        return true;
    }
}
