using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Onboarding.Contracts;

namespace OpenKazan.Onboarding.ImportJobs;

/// <summary>
/// Runs package imports in the background so that the request which starts one returns at once; the progress page
/// polls the job by id. Jobs are kept in the memory of the node that runs them (docs/onboarding.md says how to route
/// the central area with several nodes); finished ones are forgotten after <see cref="KeepFinishedFor"/>.
/// </summary>
internal sealed partial class CityImportJobs(
    IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<CityImportJobs> logger) : ICityImportJobs
{
    private static readonly TimeSpan KeepFinishedFor = TimeSpan.FromHours(6);
    private readonly ConcurrentDictionary<Guid, CityImportJob> _jobs = new();

    public ImportJobView? Find(Guid id) => _jobs.GetValueOrDefault(id)?.View();

    public Guid Start(string sourceName, Func<ICityPackageSource> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        ForgetOldJobs();
        var job = new CityImportJob(Guid.NewGuid(), sourceName, time.GetUtcNow());
        _jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, open, lifetime.ApplicationStopping));
        return job.Id;
    }

    private async Task RunAsync(CityImportJob job, Func<ICityPackageSource> open, CancellationToken cancellationToken)
    {
        ICityPackageSource? source = null;
        try
        {
            source = open();
            await using var scope = scopes.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ICityPackageImporter>();
            job.Finish(await importer.ImportAsync(source, dryRun: false, job, cancellationToken));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogImportFailed(logger, ex, job.Source);
            job.Fail(ex.Message);
        }
        finally
        {
            (source as IDisposable)?.Dispose();
        }
    }

    private void ForgetOldJobs()
    {
        var cutoff = time.GetUtcNow() - KeepFinishedFor;
        foreach (var old in _jobs.Values.Where(j => j.State != ImportJobState.Running && j.StartedAt < cutoff))
        {
            _jobs.TryRemove(old.Id, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import of the city package {Source} failed")]
    private static partial void LogImportFailed(ILogger logger, Exception exception, string source);
}
