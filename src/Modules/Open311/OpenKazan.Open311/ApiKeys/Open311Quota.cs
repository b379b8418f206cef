using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Security;

namespace OpenKazan.Open311.ApiKeys;

/// <summary>
/// The calls one API key (or, without a key, one client address in a city) may make per fixed window, counted for all
/// nodes together by <see cref="SharedQuotas"/>. It runs inside the Open311 filter rather than as middleware because a
/// POST carries its key in the form body, which the middleware's synchronous partitioning cannot read.
/// </summary>
internal sealed class Open311Quota(SharedQuotas quotas, IOptions<Open311Options> options)
{
    public TimeSpan Window => options.Value.RateLimitWindow;

    public int Permits => options.Value.RateLimitPermits;

    /// <summary>Takes one call of the partition's quota; when it is used up, how long until its window ends.</summary>
    public Task<TimeSpan?> RefusalAsync(string partition, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var rule = new QuotaRule(o.RateLimitPermits, o.RateLimitWindow, o.RateLimitFoldEvery, o.RateLimitFoldInterval);
        return quotas.RefusalAsync("open311|" + partition, rule, cancellationToken);
    }
}
