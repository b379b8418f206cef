using System.Diagnostics;

namespace OpenKazan.IntegrationTests.Infrastructure;

/// <summary>
/// Waiting for what the application does off the request path (a job, another node, a kept copy being rebuilt): the
/// condition is read again every <see cref="Interval"/> until it holds, and the test fails, naming what it waited for,
/// once the limit has passed. A fixed sleep would be too short on a loaded machine and needlessly long on a quiet one.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>Reads until the value holds; returns that value.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> holds, TimeSpan limit, string waitingFor)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(holds);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (holds(value))
            {
                return value;
            }

            Assert.True(clock.Elapsed < limit, $"Waited {limit.TotalSeconds:0} s for {waitingFor}; last read: {value}");
            await Task.Delay(Interval);
        }
    }
}
