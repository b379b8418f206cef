using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Onboarding.ImportCityPackage;
using OpenKazan.Sla.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.NewCity;

/// <summary>
/// Turns the wizard's answers into the files of a city package (tenant.json, sla.json, the logo), so that the new city
/// goes through the same checks and the same importer as any package; the registry files come from the data upload.
/// </summary>
internal sealed class NewCityPackage(ITenantStore store, TenantScopeFactory scopes) : INewCityPackages
{
    public IReadOnlyList<TenantInfo> Sources => store.All.Where(c => c.Status != TenantStatus.Archived).ToList();

    /// <summary>The rules are the importer's; the calendar does not matter before the data step, so the default one stands in.</summary>
    public IReadOnlyList<PackageError> Check(NewCityDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return TenantDefinitionRules.Check(draft.ToTenant(new CalendarDefinition())).ToList();
    }

    public async Task<ICityPackageSource> PackageAsync(NewCityDraft draft, ICityPackageSource data, CancellationToken cancellationToken) =>
        new OverlayPackageSource(await FilesAsync(draft, cancellationToken), data);

    private async Task<IReadOnlyDictionary<string, byte[]>> FilesAsync(NewCityDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (calendar, sla) = await SlaAndCalendarAsync(draft.SlaSource, cancellationToken);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [CityPackageImporter.TenantFile] = Encoding.UTF8.GetBytes(TenantJson.Write(draft.ToTenant(calendar))),
        };
        if (sla is not null)
        {
            files[SlaPackageReader.FileName] = Encoding.UTF8.GetBytes(sla);
        }

        if (draft.Logo is { } logo)
        {
            files[logo.FileName] = logo.Content;
        }

        return files;
    }

    /// <summary>A template's policy with the default calendar, or a city's current policy with its calendar.</summary>
    private async Task<(CalendarDefinition Calendar, string? Sla)> SlaAndCalendarAsync(string source, CancellationToken ct)
    {
        if (SlaTemplates.Names.Contains(source, StringComparer.Ordinal))
        {
            return (new CalendarDefinition(), SlaTemplates.Json(source));
        }

        if (store.FindBySlug(source) is not { } city)
        {
            return (new CalendarDefinition(), null);
        }

        await using var scope = scopes.Create(city);
        return (city.Calendar, await scope.Services.GetRequiredService<ISlaPolicyPackage>().CurrentJsonAsync(ct));
    }
}

/// <summary>The wizard's own files over the uploaded data: a file the wizard made wins over the upload's.</summary>
internal sealed class OverlayPackageSource(IReadOnlyDictionary<string, byte[]> own, ICityPackageSource data) : ICityPackageSource, IDisposable
{
    public async Task<string?> ReadTextAsync(string fileName, CancellationToken cancellationToken) =>
        own.TryGetValue(fileName, out var bytes) ? Encoding.UTF8.GetString(bytes) : await data.ReadTextAsync(fileName, cancellationToken);

    public async Task<byte[]?> ReadBytesAsync(string fileName, CancellationToken cancellationToken) =>
        own.TryGetValue(fileName, out var bytes) ? bytes : await data.ReadBytesAsync(fileName, cancellationToken);

    public void Dispose() => (data as IDisposable)?.Dispose();
}
