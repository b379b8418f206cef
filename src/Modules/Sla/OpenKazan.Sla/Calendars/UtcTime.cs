namespace OpenKazan.Sla.Calendars;

internal static class UtcTime
{
    /// <summary>
    /// Deadlines are UTC throughout. A local-kind value would silently shift by the server's zone, so it is refused;
    /// an unspecified kind (as read from some database providers) is taken as UTC.
    /// </summary>
    public static DateTime Require(DateTime value, string parameterName) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => throw new ArgumentException("Expected a UTC time, got a local one.", parameterName),
    };
}
