using System.Globalization;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.Search;
using OpenKazan.Tenancy;

namespace OpenKazan.Registry.ImportPackage;

/// <summary>
/// Reads and checks the registry files of a package before anything is written: every problem is reported
/// with its file, line and reason, and references between files are resolved by code.
/// </summary>
public static class RegistryPackageReader
{
    public const string DistrictsFile = "districts.csv";
    public const string OrganisationsFile = "organisations.csv";
    public const string BuildingsFile = "buildings.csv";
    public const string CategoriesFile = "categories.csv";
    public const string ResponsibilitiesFile = "responsibilities.csv";

    public static async Task<(RegistryPackage Package, IReadOnlyList<PackageError> Errors)> ReadAsync(
        ICityPackageSource source, GeoBounds? bounds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var errors = new List<PackageError>();
        var districts = ReadDistricts(await Table(source, DistrictsFile, ["code", "name_ru"], errors, cancellationToken), errors);
        var districtCodes = districts.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var organisationTable = await Table(source, OrganisationsFile, ["code", "type", "name_ru"], errors, cancellationToken);
        var organisations = ReadOrganisations(organisationTable, districtCodes, errors);
        var rejected = new Rejected(Rejected.Codes(organisationTable, "code", organisations.Select(o => o.Code)), [], []);
        var buildingTable = await Table(source, BuildingsFile, ["id", "address", "district", "lat", "long", "managing_org"], errors, cancellationToken);
        var buildings = ReadBuildings(buildingTable, districtCodes, organisations, rejected, bounds, errors);
        var categoryTable = await Table(source, CategoriesFile, ["code", "parent", "name_ru", "emergency", "group"], errors, cancellationToken);
        var categories = ReadCategories(categoryTable, errors);
        rejected = rejected with
        {
            Buildings = Rejected.Codes(buildingTable, "id", buildings.Select(b => b.Code)),
            Categories = Rejected.Codes(categoryTable, "code", categories.Select(c => c.Code)),
        };
        var responsibilities = ReadResponsibilities(
            await Table(source, ResponsibilitiesFile, ["category", "district", "building", "organisation"], errors, cancellationToken),
            categories, districtCodes, buildings, organisations, rejected, errors);
        return (new RegistryPackage(districts, organisations, buildings, categories, responsibilities), errors);
    }

    private static async Task<CsvTable> Table(
        ICityPackageSource source, string file, string[] columns, List<PackageError> errors, CancellationToken cancellationToken) =>
        CsvTable.Parse(file, await source.ReadTextAsync(file, cancellationToken), columns, errors);

    private static List<DistrictRow> ReadDistricts(CsvTable table, List<PackageError> errors)
    {
        var rows = new List<DistrictRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (RequireCode(table, row, "code", seen, "district", errors) is not { } code || Name(table, row, errors) is not { } name)
            {
                continue;
            }

            rows.Add(new DistrictRow(code, name));
        }

        return rows;
    }

    private static List<OrganisationRow> ReadOrganisations(CsvTable table, HashSet<string> districts, List<PackageError> errors)
    {
        var rows = new List<OrganisationRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = RequireCode(table, row, "code", seen, "organisation", errors);
            var name = Name(table, row, errors);
            if (!Enum.TryParse<OrganisationType>(row["type"], ignoreCase: false, out var type) || !Enum.IsDefined(type))
            {
                errors.Add(new PackageError(table.File, row.Line, $"unknown organisation type '{row["type"]}'"));
                continue;
            }

            var inn = row.Optional("inn");
            if (inn is not null && !(inn.Length is 10 or 12 && inn.All(char.IsAsciiDigit)))
            {
                errors.Add(new PackageError(table.File, row.Line, $"INN '{inn}' must have 10 or 12 digits"));
                continue;
            }

            var district = row.Optional("district");
            if (district is not null && !districts.Contains(district))
            {
                errors.Add(new PackageError(table.File, row.Line, $"unknown district '{district}'"));
                continue;
            }

            if (code is not null && name is not null)
            {
                rows.Add(new OrganisationRow(code, type, name, inn, row.Optional("phone"), row.Optional("email"), district));
            }
        }

        return rows;
    }

    private static List<BuildingRow> ReadBuildings(
        CsvTable table, HashSet<string> districts, List<OrganisationRow> organisations, Rejected rejected, GeoBounds? bounds, List<PackageError> errors)
    {
        var managers = organisations.Where(o => o.Type == OrganisationType.ManagingOrganisation)
            .Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var known = organisations.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var rows = new List<BuildingRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var addresses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = RequireCode(table, row, "id", seen, "building", errors);
            var error = BuildingError(row, districts, managers, known, bounds, addresses);
            if (error is not null)
            {
                if (!rejected.FollowsFromOrganisation(error, row.Optional("managing_org")))
                {
                    errors.Add(new PackageError(table.File, row.Line, error));
                }

                continue;
            }

            if (code is not null)
            {
                rows.Add(new BuildingRow(
                    code, row["address"], row["district"], Number(row["lat"])!.Value, Number(row["long"])!.Value,
                    row.Optional("managing_org"), Integer(row["floors"]), Integer(row["flats"]), Integer(row["year_built"])));
            }
        }

        return rows;
    }

    private static string? BuildingError(
        CsvRow row, HashSet<string> districts, HashSet<string> managers, HashSet<string> known, GeoBounds? bounds, HashSet<string> addresses)
    {
        if (string.IsNullOrWhiteSpace(row["address"]))
        {
            return "the address is empty";
        }

        if (!addresses.Add(AddressKey.Parse(row["address"]).Identity))
        {
            return $"duplicate building address '{row["address"]}'";
        }

        if (!districts.Contains(row["district"]))
        {
            return $"unknown district '{row["district"]}'";
        }

        if (Number(row["lat"]) is not { } lat || Number(row["long"]) is not { } longitude || lat is < -90 or > 90 || longitude is < -180 or > 180)
        {
            return $"coordinates '{row["lat"]},{row["long"]}' are not a valid latitude and longitude";
        }

        if (bounds is not null && !bounds.Contains(lat, longitude))
        {
            return FormattableString.Invariant(
                $"coordinates {lat},{longitude} are outside the city boundary (tenant.json bounds: latitude {bounds.MinLat}…{bounds.MaxLat}, longitude {bounds.MinLong}…{bounds.MaxLong})");
        }

        var manager = row.Optional("managing_org");
        if (manager is not null && !managers.Contains(manager))
        {
            return known.Contains(manager)
                ? $"organisation '{manager}' is not a managing organisation"
                : $"missing organisation '{manager}'";
        }

        return null;
    }

    private static List<CategoryRow> ReadCategories(CsvTable table, List<PackageError> errors)
    {
        var codes = table.Rows.Select(r => r["code"]).ToHashSet(StringComparer.Ordinal);
        var rows = new List<CategoryRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = RequireCode(table, row, "code", seen, "category", errors);
            var name = Name(table, row, errors);
            var parent = row.Optional("parent");
            if (parent is not null && (!codes.Contains(parent) || parent == code))
            {
                errors.Add(new PackageError(table.File, row.Line, $"unknown parent category '{parent}'"));
                continue;
            }

            if (!bool.TryParse(row["emergency"], out var emergency))
            {
                errors.Add(new PackageError(table.File, row.Line, $"emergency must be true or false, not '{row["emergency"]}'"));
                continue;
            }

            var photo = row.Optional("photo_required") is { } p ? bool.TryParse(p, out var value) && value : false;
            if (string.IsNullOrWhiteSpace(row["group"]))
            {
                errors.Add(new PackageError(table.File, row.Line, "the group is empty"));
                continue;
            }

            if (code is not null && name is not null)
            {
                rows.Add(new CategoryRow(code, parent, name, emergency, photo, row["group"]));
            }
        }

        return rows;
    }

    private static List<ResponsibilityRow> ReadResponsibilities(
        CsvTable table, List<CategoryRow> categories, HashSet<string> districts, List<BuildingRow> buildings,
        List<OrganisationRow> organisations, Rejected rejected, List<PackageError> errors)
    {
        var categoryCodes = categories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var buildingCodes = buildings.Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        var organisationCodes = organisations.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var rows = new List<ResponsibilityRow>();
        foreach (var row in table.Rows)
        {
            string? error = null;
            if (!categoryCodes.Contains(row["category"]))
            {
                error = $"unknown category '{row["category"]}'";
            }
            else if (row.Optional("district") is { } d && !districts.Contains(d))
            {
                error = $"unknown district '{d}'";
            }
            else if (row.Optional("building") is { } b && !buildingCodes.Contains(b))
            {
                error = $"unknown building '{b}'";
            }
            else if (!organisationCodes.Contains(row["organisation"]))
            {
                error = $"missing organisation '{row["organisation"]}'";
            }

            if (error is not null)
            {
                if (!rejected.Explains(row))
                {
                    errors.Add(new PackageError(table.File, row.Line, error));
                }

                continue;
            }

            rows.Add(new ResponsibilityRow(row["category"], row.Optional("district"), row.Optional("building"), row["organisation"]));
        }

        return rows;
    }

    private static string? RequireCode(CsvTable table, CsvRow row, string column, HashSet<string> seen, string what, List<PackageError> errors)
    {
        var code = row[column];
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(new PackageError(table.File, row.Line, $"the {what} has no {column}"));
            return null;
        }

        if (!seen.Add(code))
        {
            errors.Add(new PackageError(table.File, row.Line, $"duplicate {what} '{code}'"));
            return null;
        }

        return code;
    }

    private static LocalizedText? Name(CsvTable table, CsvRow row, List<PackageError> errors)
    {
        if (string.IsNullOrWhiteSpace(row["name_ru"]))
        {
            errors.Add(new PackageError(table.File, row.Line, "name_ru is empty"));
            return null;
        }

        return new LocalizedText(row["name_ru"], row.Optional("name_tt"), row.Optional("name_en"));
    }

    private static double? Number(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;

    private static int? Integer(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>
    /// Rows that had an error of their own (a bad INN, say). A row that refers to one of them is not reported again:
    /// the package gets one root error instead of one more "missing organisation" for every dependent row.
    /// </summary>
    private sealed record Rejected(HashSet<string> Organisations, HashSet<string> Buildings, HashSet<string> Categories)
    {
        public static HashSet<string> Codes(CsvTable table, string column, IEnumerable<string> accepted) =>
            table.Rows.Select(r => r[column]).Where(c => !string.IsNullOrWhiteSpace(c)).Except(accepted, StringComparer.Ordinal)
                .ToHashSet(StringComparer.Ordinal);

        public bool FollowsFromOrganisation(string error, string? manager) =>
            manager is not null && Organisations.Contains(manager) && error.StartsWith("missing organisation", StringComparison.Ordinal);

        public bool Explains(CsvRow row) =>
            Categories.Contains(row["category"])
            || (row.Optional("building") is { } b && Buildings.Contains(b))
            || Organisations.Contains(row["organisation"]);
    }
}
