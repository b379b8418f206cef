using OpenKazan.Persistence;
using Quartz;

namespace OpenKazan.Host.Scheduling;

/// <summary>
/// One Quartz scheduler per node. On PostgreSQL and SQL Server the nodes form a Quartz cluster over the shared
/// database, so each job fires on one node only and a dead node's work is taken over after a missed check-in.
/// SQLite is a single-node deployment: the scheduler stays in memory there.
/// </summary>
public static class SchedulerSetup
{
    public static IServiceCollection AddOpenKazanScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SchedulerOptions.SectionName).Get<SchedulerOptions>() ?? new SchedulerOptions();
        var provider = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        services.AddQuartz(q =>
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                return;
            }

            var connectionString = PersistenceServiceCollectionExtensions.ConnectionString(configuration, PersistenceServiceCollectionExtensions.DefaultConnectionName);
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = QuartzSchema.SchedulerName;
                s.GenerateInstanceId = true;
            });
            q.UsePersistentStore(store =>
            {
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = QuartzSchema.TablePrefix;
                    o.StoreJobDataAsStrings = true;
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                });
                store.UseClustering(c =>
                {
                    c.CheckinInterval = options.CheckinInterval;
                    c.CheckinMisfireThreshold = options.CheckinInterval * 2;
                });
                store.UseSystemTextJsonSerializer(_ => { });
                if (provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(connectionString);
                }
                else
                {
                    store.UseSqlServer(connectionString);
                }
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}

/// <summary>The <c>Scheduler</c> section: how quickly the cluster notices a node that stopped checking in.</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(15);
}
