using OpenIddict.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;

namespace OpenKazan.Identity.Tokens;

/// <summary>
/// Deletes expired or revoked tokens and authorizations (OpenIddict.Quartz is not available to us, this is its job).
/// One node at a time is enough; a run that overlaps another would just find nothing left.
/// </summary>
[DisallowConcurrentExecution]
public sealed class TokenPruningJob(
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    TimeProvider time,
    IOptions<OpenKazanIdentityOptions> options) : IJob
{
    public static readonly JobKey Key = new("prune-tokens", "identity");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var threshold = time.GetUtcNow() - options.Value.PruneAfter;
        await tokens.PruneAsync(threshold, cancellationToken);
        await authorizations.PruneAsync(threshold, cancellationToken);
    }
}
