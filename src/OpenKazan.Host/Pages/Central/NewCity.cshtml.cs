using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Files;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Host.Areas;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Sla.Contracts;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Central;

/// <summary>
/// The new-city wizard: 1 the city, 2 branding, 3 isolation and SLA, 4 data. A plain multi-step form: the answers of
/// the other steps travel in hidden fields, so it works without script. The last step checks or imports the city as a
/// package made of the answers and the uploaded registry files, through the same importer as any package. The uploaded
/// zip is kept in the file store under the draft's id, so a dry run and the import that follows need it chosen once.
/// </summary>
[Authorize(Policy = Policies.CentralTeam)]
[RequestSizeLimit(ZipPackageSource.MaxEntryBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ZipPackageSource.MaxEntryBytes)]
public sealed class NewCityModel(
    INewCityPackages package, ICityPackageImporter importer, ICityImportJobs jobs, ITenantStore store, IFileStore files,
    IStringLocalizer<CentralResource> text) : CentralPage
{
    public const int LastStep = 4;
    private const string KeptDataKey = "wizard/registry.zip";
    private const int MaxLogoBytes = 256 * 1024;

    [BindProperty]
    public NewCityForm Form { get; set; } = new();

    [BindProperty]
    public IFormFile? LogoUpload { get; set; }

    [BindProperty]
    public IFormFile? Data { get; set; }

    public IReadOnlyList<TenantInfo> SlaCities => package.Sources;

    /// <summary>The IANA time zones a city can be in, for the picker.</summary>
    public static IReadOnlyList<string> TimeZones { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<PackageError> Errors { get; private set; } = [];

    public bool Checked { get; private set; }

    /// <summary>The dry run's map of the package's boundaries and buildings.</summary>
    public BoundaryPreview? Preview { get; private set; }

    public void OnGet() => Form = new NewCityForm { Id = Guid.NewGuid() };

    public IActionResult OnPostBack()
    {
        ModelState.Clear();
        Form.Step = Math.Max(1, Form.Step - 1);
        return Page();
    }

    public async Task<IActionResult> OnPostNextAsync(CancellationToken cancellationToken)
    {
        if (Form.Step == 2)
        {
            await KeepLogoAsync(cancellationToken);
        }

        if (StepErrors() is { Count: > 0 } errors)
        {
            errors.ForEach(e => ModelState.AddModelError(string.Empty, e));
            return Page();
        }

        ModelState.Clear();
        Form.Step = Math.Min(LastStep, Form.Step + 1);
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        if (await SourceAsync(cancellationToken) is not { } source)
        {
            return Page();
        }

        try
        {
            var result = await importer.ImportAsync(source, dryRun: true, progress: null, cancellationToken);
            Errors = result.Errors;
            Preview = result.Map is { } map ? new BoundaryPreview(map) : null;
            Checked = true;
        }
        finally
        {
            (source as IDisposable)?.Dispose();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (await SourceAsync(cancellationToken) is not { } source)
        {
            return Page();
        }

        var id = jobs.Start(Form.Slug, () => source);
        await files.DeleteAsync(Form.Id, KeptDataKey, cancellationToken);
        return RedirectToPage("ImportProgress", new { id });
    }

    /// <summary>The package the wizard makes: its own files over the uploaded zip of registry files.</summary>
    private async Task<ICityPackageSource?> SourceAsync(CancellationToken cancellationToken)
    {
        Form.Step = LastStep;
        if (Data is { Length: > 0 } upload)
        {
            await using var uploaded = upload.OpenReadStream();
            await files.SaveAsync(Form.Id, KeptDataKey, uploaded, "application/zip", cancellationToken);
            Form.DataFileName = Path.GetFileName(upload.FileName);
        }

        await using var kept = Form.DataFileName is null ? null : await files.OpenAsync(Form.Id, KeptDataKey, cancellationToken);
        if (kept is null)
        {
            Form.DataFileName = null;
            ModelState.AddModelError(nameof(Data), text["ChooseData"]);
            return null;
        }

        var zip = new MemoryStream();
        await kept.Content.CopyToAsync(zip, cancellationToken);
        zip.Position = 0;
        try
        {
            return await package.PackageAsync(Form.ToDraft(), new ZipPackageSource(zip), cancellationToken);
        }
        catch (InvalidDataException)
        {
            ModelState.AddModelError(nameof(Data), text["NotAZip"]);
            return null;
        }
    }

    private List<string> StepErrors() => Form.Step switch
    {
        1 when store.FindBySlug(Form.Slug.Trim()) is not null => [text["SlugTaken", Form.Slug].Value],
        1 => TenantProblems(),
        2 when !IsColour(Form.PrimaryColor) || !IsColour(Form.AccentColor) => [text["BadColour"].Value],
        3 when !SlaTemplates.Names.Contains(Form.SlaSource) && store.FindBySlug(Form.SlaSource) is null => [text["ChooseSla"].Value],
        3 => TenantProblems(),
        _ => [],
    };

    private List<string> TenantProblems() => package.Check(Form.ToDraft())
        .Select(problem => PackageErrorText.Render(text, problem)).ToList();

    private async Task KeepLogoAsync(CancellationToken cancellationToken)
    {
        if (LogoUpload is not { Length: > 0 } logo)
        {
            return;
        }

        var extension = Path.GetExtension(logo.FileName).ToLowerInvariant();
        if (extension is not (".svg" or ".png") || logo.Length > MaxLogoBytes)
        {
            ModelState.AddModelError(nameof(LogoUpload), text["BadLogo"]);
            return;
        }

        using var buffer = new MemoryStream();
        await logo.CopyToAsync(buffer, cancellationToken);
        Form.LogoFile = "logo" + extension;
        Form.LogoBase64 = Convert.ToBase64String(buffer.ToArray());
    }

    private static bool IsColour(string value) =>
        value is ['#', _, _, _, _, _, _] && value[1..].All(char.IsAsciiHexDigit);
}
