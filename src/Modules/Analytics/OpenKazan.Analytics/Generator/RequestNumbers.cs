using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Analytics.Generator;

/// <summary>
/// Numbers generated requests as intake numbers live ones (<c>{prefix}-{year}-{000123}</c>, a sequence per city and
/// local year), continuing the city's counters, and moves the counters past the numbers given out so that the next
/// live request follows on instead of colliding.
/// </summary>
internal sealed class RequestNumbers
{
    private readonly string _prefix;
    private readonly TimeZoneInfo _zone;
    private readonly Dictionary<int, long> _last;

    private RequestNumbers(string prefix, TimeZoneInfo zone, Dictionary<int, long> last) => (_prefix, _zone, _last) = (prefix, zone, last);

    public static async Task<RequestNumbers> LoadAsync(TenantScopedDbContext db, string prefix, TimeZoneInfo zone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new RequestNumbers(prefix, zone, await db.LastRequestNumbersAsync(ct));
    }

    public string Next(DateTime registeredAt)
    {
        var year = TimeZoneInfo.ConvertTimeFromUtc(registeredAt, _zone).Year;
        var last = _last.GetValueOrDefault(year) + 1;
        _last[year] = last;
        return FormattableString.Invariant($"{_prefix}-{year}-{last:000000}");
    }

    /// <summary>Writes the counters: each year's last number given out, here or by intake meanwhile, whichever is higher.</summary>
    public Task SaveAsync(TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.MoveRequestNumbersPastAsync(_last, ct);
    }
}
