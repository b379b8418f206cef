using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Registry.Contracts;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.ImportPackage;

namespace OpenKazan.Registry.ExportPackage;

/// <summary>
/// Writes the current city's registry as the CSV files of a city package, in the columns the reader expects, and its
/// stored boundaries as boundaries.geojson, so that an exported package imports back to the same registry.
/// </summary>
internal sealed class RegistryPackageWriter(TenantScopedDbContext db)
{
    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(CancellationToken cancellationToken)
    {
        var districts = await db.Set<District>().AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var organisations = await db.Set<Organisation>().AsNoTracking().OrderBy(o => o.Code).ToListAsync(cancellationToken);
        var buildings = await db.Set<Building>().AsNoTracking().OrderBy(b => b.Code).ToListAsync(cancellationToken);
        var categories = await db.Set<ServiceCategory>().AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        var responsibilities = await db.Set<Responsibility>().AsNoTracking().ToListAsync(cancellationToken);
        var boundaries = await db.Set<AreaBoundary>().AsNoTracking().ToListAsync(cancellationToken);

        var districtCodes = districts.ToDictionary(d => d.Id, d => d.Code);
        var organisationCodes = organisations.ToDictionary(o => o.Id, o => o.Code);
        var categoryCodes = categories.ToDictionary(c => c.Id, c => c.Code);
        var buildingCodes = buildings.ToDictionary(b => b.Id, b => b.Code);
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RegistryPackageReader.DistrictsFile] = Csv(
                ["code", "name_ru", "name_tt", "name_en"],
                districts.Select(d => new[] { d.Code, d.Name.Ru, d.Name.Tt, d.Name.En })),
            [RegistryPackageReader.OrganisationsFile] = Csv(
                ["code", "type", "name_ru", "name_tt", "name_en", "inn", "phone", "email", "district"],
                organisations.Select(o => new[]
                {
                    o.Code, o.Type.ToString(), o.Name.Ru, o.Name.Tt, o.Name.En, o.Inn, o.Phone, o.Email,
                    o.DistrictId is { } d ? districtCodes[d] : null,
                })),
            [RegistryPackageReader.BuildingsFile] = Csv(
                ["id", "address", "district", "lat", "long", "managing_org", "floors", "flats", "year_built"],
                buildings.Select(b => new[]
                {
                    b.Code, b.Address, districtCodes[b.DistrictId], Number(b.Latitude), Number(b.Longitude),
                    b.ManagingOrganisationId is { } m ? organisationCodes[m] : null,
                    Number(b.Floors), Number(b.Flats), Number(b.YearBuilt),
                })),
            [RegistryPackageReader.CategoriesFile] = Csv(
                ["code", "parent", "name_ru", "name_tt", "name_en", "emergency", "photo_required", "group"],
                categories.Select(c => new[]
                {
                    c.Code, c.ParentId is { } p ? categoryCodes[p] : null, c.Name.Ru, c.Name.Tt, c.Name.En,
                    Flag(c.IsEmergency), Flag(c.PhotoRequired), c.Group,
                })),
            [RegistryPackageReader.ResponsibilitiesFile] = Csv(
                ["category", "district", "building", "organisation"],
                responsibilities
                    .Select(r => new[]
                    {
                        categoryCodes[r.CategoryId], r.DistrictId is { } d ? districtCodes[d] : null,
                        r.BuildingId is { } b ? buildingCodes[b] : null, organisationCodes[r.OrganisationId],
                    })
                    .OrderBy(r => string.Join(',', r), StringComparer.Ordinal)),
        };
        if (boundaries.Count > 0)
        {
            files[PackageBoundaries.FileName] = BoundariesFile.Write(
                boundaries.OrderBy(b => b.DistrictId is { } d ? districtCodes[d] : string.Empty, StringComparer.Ordinal), districtCodes);
        }

        return files;
    }

    private static string Csv(string[] header, IEnumerable<string?[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var column in header)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(field ?? string.Empty);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    /// <summary>Coordinates travel with six decimals (about 10 cm), the precision of the package format.</summary>
    private static string Number(double value) => value.ToString("F6", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";
}
