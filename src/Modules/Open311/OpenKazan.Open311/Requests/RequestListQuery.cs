using System.Globalization;
using OpenKazan.Open311.Formatting;

namespace OpenKazan.Open311.Requests;

/// <summary>The parameters of <c>GET requests</c>, checked; <see cref="Error"/> says what is wrong with them.</summary>
internal sealed record RequestListQuery(
    IReadOnlyList<string> Ids,
    IReadOnlyList<string> ServiceCodes,
    DateTime Start,
    DateTime End,
    bool? Open,
    int Page,
    int PageSize,
    bool Extensions)
{
    public const int MaxPageSize = 1000;
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(90);

    public static (RequestListQuery? Query, string? Error) Parse(Open311Call call, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(call);
        var ids = List(call.Parameter("service_request_id"));
        if (ids.Count > MaxPageSize)
        {
            return (null, $"service_request_id lists at most {MaxPageSize} ids.");
        }

        var end = nowUtc;
        if (call.Parameter("end_date") is { } endText && !Open311Dates.TryParse(endText, call.Zone, out end))
        {
            return (null, $"end_date '{endText}' is not an ISO 8601 date-time.");
        }

        // An end near the beginning of time leaves no room for the default range before it.
        var start = end - DateTime.MinValue > MaxRange ? end - MaxRange : DateTime.MinValue;
        if (call.Parameter("start_date") is { } startText && !Open311Dates.TryParse(startText, call.Zone, out start))
        {
            return (null, $"start_date '{startText}' is not an ISO 8601 date-time.");
        }

        if (start > end || end - start > MaxRange)
        {
            return (null, "start_date must come before end_date, at most 90 days apart.");
        }

        bool? open = null;
        var statuses = List(call.Parameter("status")).Select(s => s.ToLowerInvariant()).Distinct().ToList();
        if (statuses.Any(s => s is not ("open" or "closed")))
        {
            return (null, "status is open, closed, or both separated by a comma.");
        }

        if (statuses.Count == 1)
        {
            open = statuses[0] == "open";
        }

        if (!TryInt(call.Parameter("page"), 1, 1, int.MaxValue / MaxPageSize, out var page))
        {
            return (null, "page is a whole number from 1.");
        }

        if (!TryInt(call.Parameter("page_size"), MaxPageSize, 1, MaxPageSize, out var size))
        {
            return (null, $"page_size is a whole number from 1 to {MaxPageSize}.");
        }

        if (!TryBool(call.Parameter("extensions"), out var extensions))
        {
            return (null, "extensions is true or false.");
        }

        return (new RequestListQuery(ids, List(call.Parameter("service_code")), start, end, open, page, size, extensions), null);
    }

    public static bool TryBool(string? value, out bool result)
    {
        result = false;
        return value is null || bool.TryParse(value, out result);
    }

    private static bool TryInt(string? value, int fallback, int min, int max, out int result)
    {
        result = fallback;
        return value is null
               || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= min && result <= max);
    }

    private static List<string> List(string? value) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList() ?? [];
}
