using Quartz;

namespace OpenKazan.Identity.Throttling;

/// <summary>Deletes attempt counters whose window has ended; one node at a time is enough.</summary>
[DisallowConcurrentExecution]
internal sealed class AttemptCounterPruningJob(DatabaseAttemptCounters counters) : IJob
{
    public static readonly JobKey Key = new("prune-attempt-counters", "identity");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await counters.PruneAsync(cancellationToken);
}
