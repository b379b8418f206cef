using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;
using OpenKazan.Onboarding.Contracts;

namespace OpenKazan.Host.Pages.Central;

/// <summary>
/// Import of a city package, uploaded as a zip or chosen from the server's packages folder: a dry run shows every
/// error by file and line; the import itself runs in the background and the progress page follows it.
/// </summary>
[Authorize(Policy = Policies.CentralTeam)]
[RequestSizeLimit(ZipPackageSource.MaxEntryBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ZipPackageSource.MaxEntryBytes)]
public sealed class ImportModel(
    ICityPackageImporter importer, ICityImportJobs jobs, IPackageFolders folders, IStringLocalizer<CentralResource> text) : CentralPage
{
    [BindProperty]
    public IFormFile? Package { get; set; }

    [BindProperty]
    public string? Folder { get; set; }

    public IReadOnlyList<string> Folders { get; private set; } = [];

    /// <summary>The dry run's answer, when one was asked for.</summary>
    public CityPackageResult? DryRun { get; private set; }

    public void OnGet() => Folders = folders.List();

    public async Task<IActionResult> OnPostDryRunAsync(CancellationToken cancellationToken)
    {
        Folders = folders.List();
        if (await ReadPackageAsync(cancellationToken) is not { } package)
        {
            return Page();
        }

        DryRun = await DryRunAsync(package, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        Folders = folders.List();
        if (await ReadPackageAsync(cancellationToken) is not { } package)
        {
            return Page();
        }

        var id = jobs.Start(package.Name, package.Open);
        return RedirectToPage("ImportProgress", new { id });
    }

    private async Task<CityPackageResult?> DryRunAsync(ChosenPackage package, CancellationToken cancellationToken)
    {
        ICityPackageSource? source = null;
        try
        {
            source = package.Open();
            return await importer.ImportAsync(source, dryRun: true, progress: null, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            ModelState.AddModelError(string.Empty, text["PackageUnreadable", ex.Message]);
            return null;
        }
        finally
        {
            (source as IDisposable)?.Dispose();
        }
    }

    /// <summary>The chosen package as something that can be opened more than once (the dry run, then the job).</summary>
    private async Task<ChosenPackage?> ReadPackageAsync(CancellationToken cancellationToken)
    {
        if (Package is { Length: > 0 } upload)
        {
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, cancellationToken);
            var bytes = buffer.ToArray();
            if (!LooksLikeZip(bytes))
            {
                ModelState.AddModelError(nameof(Package), text["NotAZip"]);
                return null;
            }

            return new ChosenPackage(Path.GetFileName(upload.FileName), () => new ZipPackageSource(new MemoryStream(bytes)));
        }

        if (!string.IsNullOrEmpty(Folder))
        {
            if (folders.Resolve(Folder) is { } path)
            {
                return new ChosenPackage(Folder, () => new FolderPackageSource(path));
            }

            ModelState.AddModelError(nameof(Folder), text["UnknownFolder"]);
            return null;
        }

        ModelState.AddModelError(string.Empty, text["ChoosePackage"]);
        return null;
    }

    /// <summary>A zip file starts with "PK" and a local file header or end-of-archive record.</summary>
    private static bool LooksLikeZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K';

    private sealed record ChosenPackage(string Name, Func<ICityPackageSource> Open);
}
