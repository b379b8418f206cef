using OpenKazan.BuildingBlocks.Caching;

namespace OpenKazan.Host.Caching;

/// <summary>
/// At most <c>OutputCache:LargeAnswersAtOnce</c> (default 4) answers marked <see cref="LargePublicOutput"/> are written
/// at once on a node; the others wait their turn. The output cache hands its stored body to the server in one piece,
/// so each download in progress held its whole 14 MB export in pinned send buffers: 32 parallel downloads of the CSV
/// took the pinned heap to 466 MB (docs/benchmarks.md). Placed before the output cache, so answers from the cache wait
/// too; the exports are CPU-bound on a node, so fewer at once costs no throughput.
/// </summary>
public sealed class LargeOutputGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, LargeOutputSlots slots)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(slots);
        if (context.GetEndpoint()?.Metadata.GetMetadata<LargePublicOutput>() is null)
        {
            await next(context);
            return;
        }

        await slots.Gate.WaitAsync(context.RequestAborted);
        try
        {
            await next(context);
        }
        finally
        {
            slots.Gate.Release();
        }
    }
}

/// <summary>The node's slots for <see cref="LargeOutputGate"/>.</summary>
public sealed class LargeOutputSlots(IConfiguration configuration) : IDisposable
{
    public SemaphoreSlim Gate { get; } = new(Math.Max(1, configuration.GetValue("OutputCache:LargeAnswersAtOnce", 4)));

    public void Dispose() => Gate.Dispose();
}
