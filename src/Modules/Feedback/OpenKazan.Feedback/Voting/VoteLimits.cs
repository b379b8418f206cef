using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Feedback.Voting;

/// <summary>
/// How many votes one account and one client address may cast per minute in one city, counted together for the vote
/// page and the API (one attempt is one attempt, whatever it answers). Kept in this node's memory, like the other
/// rate limits.
/// </summary>
public sealed class VoteLimits : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<VoteAttempt> _limiter;

    public VoteLimits(IOptionsMonitor<TransparencyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<VoteAttempt, string>(a => Fixed($"{a.City}|user|{a.UserId}", options.CurrentValue.WritePermitsPerMinute)),
            PartitionedRateLimiter.Create<VoteAttempt, string>(a => Fixed($"{a.City}|address|{a.Address}", options.CurrentValue.VotePermitsPerAddressPerMinute)));
    }

    /// <summary>Takes one vote of the account's and the address's allowance; when either is used up, how long to wait.</summary>
    public TimeSpan? Refusal(Guid userId, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var city = context.RequestServices.GetRequiredService<ICurrentTenant>().Id ?? Guid.Empty;
        var attempt = new VoteAttempt(city, userId, context.Connection.RemoteIpAddress?.ToString() ?? "-");
        using var lease = _limiter.AttemptAcquire(attempt);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : Window;
    }

    public void Dispose() => _limiter.Dispose();

    private static RateLimitPartition<string> Fixed(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window, QueueLimit = 0 });

    private sealed record VoteAttempt(Guid City, Guid UserId, string Address);
}
