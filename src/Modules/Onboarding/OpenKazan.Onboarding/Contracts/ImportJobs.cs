using OpenKazan.BuildingBlocks.Packages;

namespace OpenKazan.Onboarding.Contracts;

/// <summary>
/// Package imports run in the background, so that the request which starts one returns at once; the progress page
/// follows the job by id. Jobs are kept in the memory of the node that runs them.
/// </summary>
public interface ICityImportJobs
{
    /// <summary>Starts importing the package that <paramref name="open"/> gives and returns the job's id; the source is disposed when done.</summary>
    Guid Start(string sourceName, Func<ICityPackageSource> open);

    /// <summary>The job as it is now, or null when this node does not know it (any more).</summary>
    ImportJobView? Find(Guid id);
}

public enum ImportJobState
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// One background import at one moment: what was imported (the uploaded file's or the server folder's name), how far
/// it is, and its result; <see cref="Failure"/> says why it stopped when that was not the package's own errors.
/// </summary>
public sealed record ImportJobView(Guid Id, string Source, int Percent, ImportJobState State, CityPackageResult? Result, string? Failure);

/// <summary>
/// The package folders on the server under the configured packages root, by name. A name is one folder name: anything
/// that could lead outside the root is refused.
/// </summary>
public interface IPackageFolders
{
    /// <summary>The names of the package folders under the root (folders holding a tenant.json).</summary>
    IReadOnlyList<string> List();

    /// <summary>The full path of the named package folder, or null when the name is not a package folder under the root.</summary>
    string? Resolve(string? name);
}
