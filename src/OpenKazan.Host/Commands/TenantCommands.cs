using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Commands;

/// <summary>
/// <c>tenant list</c>, <c>tenant import &lt;folder|zip&gt; [--dry-run]</c>, <c>tenant export &lt;slug&gt; &lt;folder&gt;</c>,
/// <c>tenant suspend|activate|archive &lt;slug&gt;</c>: the same services the central area uses.
/// Exit codes: 0 done, 1 the package or city was refused, 2 the command was not understood.
/// </summary>
public sealed class TenantCommands(IServiceProvider services, TextWriter output)
{
    /// <summary>Who a go-live made from the command line is recorded as.</summary>
    private static string ConsoleUser => "console:" + Environment.UserName;

    private const string Usage = "usage: tenant list | import <folder|zip> [--dry-run] | export <slug> <folder> | suspend|activate|archive <slug>";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        await services.GetRequiredService<ITenantStore>().RefreshAsync(cancellationToken);
        return args switch
        {
            ["list"] => await ListAsync(),
            ["import", var path] => await ImportAsync(path, dryRun: false, cancellationToken),
            ["import", var path, "--dry-run"] => await ImportAsync(path, dryRun: true, cancellationToken),
            ["export", var slug, var folder] => await ExportAsync(slug, folder, cancellationToken),
            ["suspend", var slug] => await SetStatusAsync(slug, TenantStatus.Suspended, cancellationToken),
            ["activate", var slug] => await SetStatusAsync(slug, TenantStatus.Active, cancellationToken),
            ["archive", var slug] => await SetStatusAsync(slug, TenantStatus.Archived, cancellationToken),
            _ => await FailAsync(Usage, 2),
        };
    }

    private async Task<int> ListAsync()
    {
        foreach (var tenant in services.GetRequiredService<ITenantStore>().All)
        {
            await output.WriteLineAsync(
                $"{tenant.Slug,-16} {tenant.Status,-11} {tenant.Id} {tenant.Name(tenant.DefaultCulture)} {string.Join(' ', tenant.HostNames)}");
        }

        return 0;
    }

    private async Task<int> ImportAsync(string path, bool dryRun, CancellationToken cancellationToken)
    {
        CityPackageResult result;
        if (Directory.Exists(path))
        {
            result = await Importer.ImportAsync(new FolderPackageSource(path), dryRun, progress: null, cancellationToken);
        }
        else if (File.Exists(path))
        {
            using var zip = new ZipPackageSource(File.OpenRead(path));
            result = await Importer.ImportAsync(zip, dryRun, progress: null, cancellationToken);
        }
        else
        {
            return await FailAsync($"No folder or zip file at '{path}'.", 1);
        }

        foreach (var error in result.Errors)
        {
            await output.WriteLineAsync(error.ToString());
        }

        if (!result.Succeeded)
        {
            return await FailAsync($"The package has {result.Errors.Count} error(s); nothing was written.", 1);
        }

        await output.WriteLineAsync(dryRun
            ? $"The package of '{result.Tenant!.Slug}' is valid (dry run: nothing was written)."
            : $"Imported '{result.Tenant!.Slug}': {result.Imported!.Buildings} buildings, {result.Imported.Organisations} organisations.");
        return 0;
    }

    private async Task<int> ExportAsync(string slug, string folder, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<ITenantStore>().FindBySlug(slug) is null)
        {
            return await FailAsync($"There is no city '{slug}'.", 1);
        }

        await services.GetRequiredService<ICityPackageExporter>().ExportToFolderAsync(slug, folder, cancellationToken);
        await output.WriteLineAsync($"Exported '{slug}' to {Path.GetFullPath(folder)}.");
        return 0;
    }

    private async Task<int> SetStatusAsync(string slug, TenantStatus status, CancellationToken cancellationToken) =>
        await services.GetRequiredService<ICityLifecycle>().MoveAsync(slug, status, ConsoleUser, cancellationToken) switch
        {
            LifecycleOutcome.UnknownCity => await FailAsync($"There is no city '{slug}'.", 1),
            LifecycleOutcome.NotAllowed => await FailAsync($"'{slug}' cannot move to {status} from where it is.", 1),
            _ => await DoneAsync($"'{slug}' is now {status}."),
        };

    private async Task<int> DoneAsync(string message)
    {
        await output.WriteLineAsync(message);
        return 0;
    }

    private ICityPackageImporter Importer => services.GetRequiredService<ICityPackageImporter>();

    private async Task<int> FailAsync(string message, int exitCode)
    {
        await output.WriteLineAsync(message);
        return exitCode;
    }
}
