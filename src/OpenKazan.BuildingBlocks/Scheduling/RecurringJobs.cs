using Quartz;

namespace OpenKazan.BuildingBlocks.Scheduling;

/// <summary>The one way a module schedules a job that repeats.</summary>
public static class RecurringJobs
{
    /// <summary>
    /// Runs <typeparamref name="TJob"/> from start-up and then every <paramref name="interval"/>. The trigger is stored
    /// under the job's own key: a clustered store keeps one trigger per job however often nodes start, where a generated
    /// trigger key would add a copy on each start, and every copy fires.
    /// </summary>
    public static IQuartzBuilder AddRecurringJob<TJob>(
        this IQuartzBuilder quartz, JobKey key, TimeSpan interval)
        where TJob : IJob
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(key);
        quartz.AddJob<TJob>(j => j.WithIdentity(key));
        quartz.AddTrigger(t => t.WithIdentity(key.Name, key.Group).ForJob(key).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
        return quartz;
    }
}
