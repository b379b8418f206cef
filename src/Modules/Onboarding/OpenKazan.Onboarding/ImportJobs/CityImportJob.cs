using OpenKazan.Onboarding.Contracts;

namespace OpenKazan.Onboarding.ImportJobs;

/// <summary>One import running in the background; the progress page reads it while the importer reports into it.</summary>
internal sealed class CityImportJob(Guid id, string source, DateTimeOffset startedAt) : IProgress<int>
{
    private int _percent;

    public Guid Id { get; } = id;

    /// <summary>What was imported: the uploaded file's name or the server folder's name.</summary>
    public string Source { get; } = source;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public int Percent => Volatile.Read(ref _percent);

    public ImportJobState State { get; private set; } = ImportJobState.Running;

    public CityPackageResult? Result { get; private set; }

    /// <summary>Why the import stopped, when it failed for a reason other than the package's own errors.</summary>
    public string? Failure { get; private set; }

    /// <summary>The job as it is now; the state is read first, so a finished state always comes with its result.</summary>
    public ImportJobView View()
    {
        var state = State;
        return new ImportJobView(Id, Source, Percent, state, Result, Failure);
    }

    public void Report(int value) => Volatile.Write(ref _percent, Math.Clamp(value, 0, 100));

    internal void Finish(CityPackageResult result)
    {
        Result = result;
        State = result.Succeeded ? ImportJobState.Succeeded : ImportJobState.Failed;
        if (result.Succeeded)
        {
            Report(100);
        }
    }

    internal void Fail(string reason)
    {
        Failure = reason;
        State = ImportJobState.Failed;
    }
}
