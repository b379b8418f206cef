using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Onboarding.ImportCityPackage;
using OpenKazan.Registry.Contracts;
using OpenKazan.Sla.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.ExportCityPackage;

/// <summary>Writes a city as a package folder that imports back to the same city (the round trip is tested).</summary>
internal sealed class CityPackageExporter(ITenantStore store, ICityCatalog catalog, TenantScopeFactory scopes) : ICityPackageExporter
{
    public async Task<IReadOnlyDictionary<string, byte[]>> ExportAsync(string slug, CancellationToken cancellationToken)
    {
        var tenant = store.FindBySlug(slug) ?? throw new KeyNotFoundException($"There is no city '{slug}'.");
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [CityPackageImporter.TenantFile] = Encoding.UTF8.GetBytes(TenantJson.Write(tenant)),
        };
        if (tenant.Branding.Logo is { } logoFile && await catalog.GetLogoAsync(tenant.Id, cancellationToken) is { } logo)
        {
            files[logoFile] = logo.Content;
        }

        await using var scope = scopes.Create(tenant);
        var registry = await scope.Services.GetRequiredService<IRegistryPackages>().ExportAsync(cancellationToken);
        foreach (var (name, text) in registry)
        {
            files[name] = Encoding.UTF8.GetBytes(text);
        }

        var policy = await scope.Services.GetRequiredService<ISlaPolicyPackage>().CurrentJsonAsync(cancellationToken);
        files[SlaPackageReader.FileName] = Encoding.UTF8.GetBytes(policy);

        return files;
    }

    public async Task ExportToFolderAsync(string slug, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in await ExportAsync(slug, cancellationToken))
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, name), content, cancellationToken);
        }
    }
}
