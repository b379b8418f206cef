using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Feedback.Contracts;

namespace OpenKazan.Feedback.Voting;

/// <summary>
/// How many votes one account and one client address may cast per minute in one city, counted together for the vote
/// page and the API (one attempt is one attempt, whatever it answers), in <see cref="IAttemptCounters"/>: shared by
/// every node.
/// </summary>
internal sealed class VoteLimits(IAttemptCounters counters, ICurrentTenant city, IOptionsMonitor<TransparencyOptions> options, TimeProvider time) : IVoteLimits
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Takes one vote of the account's and the address's allowance; when either is used up, how long to wait.</summary>
    public async Task<TimeSpan?> RefusalAsync(Guid userId, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var prefix = $"vote|{city.Id ?? Guid.Empty}|";
        var account = await counters.CountAsync(prefix + "user|" + userId, Window, sliding: false, cancellationToken);
        var address = await counters.CountAsync(prefix + "address|" + (context.Connection.RemoteIpAddress?.ToString() ?? "-"), Window, sliding: false, cancellationToken);
        var now = time.GetUtcNow();
        TimeSpan? wait = null;
        if (account.Count > options.CurrentValue.WritePermitsPerMinute)
        {
            wait = account.RetryAfter(now);
        }

        if (address.Count > options.CurrentValue.VotePermitsPerAddressPerMinute && (wait is null || address.RetryAfter(now) > wait))
        {
            wait = address.RetryAfter(now);
        }

        return wait;
    }
}
