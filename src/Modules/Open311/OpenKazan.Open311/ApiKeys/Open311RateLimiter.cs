using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace OpenKazan.Open311.ApiKeys;

/// <summary>
/// A fixed window per API key (or per client address for calls without a key), built on the rate limiters of
/// ASP.NET Core. It runs inside the Open311 filter rather than as middleware because a POST carries its key in the
/// form body, which the middleware's synchronous partitioning cannot read.
/// </summary>
public sealed class Open311RateLimiter(IOptions<Open311Options> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(partition =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RateLimitPermits,
            Window = options.Value.RateLimitWindow,
            QueueLimit = 0,
        }));

    public TimeSpan Window => options.Value.RateLimitWindow;

    public int Permits => options.Value.RateLimitPermits;

    public bool TryAcquire(string partition)
    {
        using var lease = _limiter.AttemptAcquire(partition);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
