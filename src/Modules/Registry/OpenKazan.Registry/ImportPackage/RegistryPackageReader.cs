using System.Globalization;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Registry.Domain;
using OpenKazan.Registry.Search;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Registry.ImportPackage;

/// <summary>
/// Reads and checks the registry files of a package before anything is written: every problem is reported
/// with its file, line and reason, and references between files are resolved by code.
/// </summary>
internal static class RegistryPackageReader
{
    public const string DistrictsFile = "districts.csv";
    public const string OrganisationsFile = "organisations.csv";
    public const string BuildingsFile = "buildings.csv";
    public const string CategoriesFile = "categories.csv";
    public const string ResponsibilitiesFile = "responsibilities.csv";

    public static async Task<(RegistryPackage Package, IReadOnlyList<PackageError> Errors)> ReadAsync(
        ICityPackageSource source, PackageBoundaries boundaries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var errors = new List<PackageError>();
        var problems = new PackageProblems(errors);
        var districts = ReadDistricts(await Table(source, DistrictsFile, ["code", "name_ru"], errors, cancellationToken), problems);
        var districtCodes = districts.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        boundaries = BoundariesFileReader.Read(
            await source.ReadTextAsync(PackageBoundaries.FileName, cancellationToken), boundaries,
            districts.ToDictionary(d => d.Code, d => d.Name.Ru, StringComparer.Ordinal), errors);
        var organisationTable = await Table(source, OrganisationsFile, ["code", "type", "name_ru"], errors, cancellationToken);
        var organisations = ReadOrganisations(organisationTable, districtCodes, problems);
        var buildingTable = await Table(source, BuildingsFile, ["id", "address", "district", "lat", "long", "managing_org"], errors, cancellationToken);
        var map = new List<MapBuilding>();
        var buildings = ReadBuildings(buildingTable, districtCodes, organisations, boundaries, problems, map);
        var categoryTable = await Table(source, CategoriesFile, ["code", "parent", "name_ru", "emergency", "group"], errors, cancellationToken);
        var categories = ReadCategories(categoryTable, problems);
        var responsibilities = ReadResponsibilities(
            await Table(source, ResponsibilitiesFile, ["category", "district", "building", "organisation"], errors, cancellationToken),
            categories, districtCodes, buildings, organisations, problems);
        var package = new RegistryPackage(districts, organisations, buildings, categories, responsibilities, new PackageMap(boundaries, map));
        return (package, problems.Finish());
    }

    private static async Task<CsvTable> Table(
        ICityPackageSource source, string file, string[] columns, List<PackageError> errors, CancellationToken cancellationToken) =>
        CsvTable.Parse(file, await source.ReadTextAsync(file, cancellationToken), columns, errors);

    private static List<DistrictRow> ReadDistricts(CsvTable table, PackageProblems problems)
    {
        var rows = new List<DistrictRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (RequireCode(table, row, "code", seen, PackageRowKinds.District, problems) is not { } code
                || Name(table, row, PackageRowKinds.District, code, problems) is not { } name)
            {
                continue;
            }

            rows.Add(new DistrictRow(code, name));
        }

        return rows;
    }

    private static List<OrganisationRow> ReadOrganisations(CsvTable table, HashSet<string> districts, PackageProblems problems)
    {
        const string Kind = PackageRowKinds.Organisation;
        var rows = new List<OrganisationRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = RequireCode(table, row, "code", seen, Kind, problems);
            var name = Name(table, row, Kind, code, problems);
            if (!Enum.TryParse<OrganisationType>(row["type"], ignoreCase: false, out var type) || !Enum.IsDefined(type))
            {
                problems.Refuse(Kind, code, Error(table, row, PackageErrorCodes.UnknownOrganisationType, row["type"]));
                continue;
            }

            var inn = row.Optional("inn");
            if (inn is not null && !(inn.Length is 10 or 12 && inn.All(char.IsAsciiDigit)))
            {
                problems.Refuse(Kind, code, Error(table, row, PackageErrorCodes.BadInn, inn));
                continue;
            }

            var district = row.Optional("district");
            if (district is not null && !districts.Contains(district))
            {
                problems.Unresolved(Kind, code, PackageRowKinds.District, district, () => Error(table, row, PackageErrorCodes.UnknownDistrict, district));
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
        CsvTable table, HashSet<string> districts, List<OrganisationRow> organisations, PackageBoundaries boundaries,
        PackageProblems problems, List<MapBuilding> map)
    {
        var managers = organisations.Where(o => o.Type == OrganisationType.ManagingOrganisation)
            .Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var known = organisations.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var rows = new List<BuildingRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var addresses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = RequireCode(table, row, "id", seen, PackageRowKinds.Building, problems);
            var outside = OutsideBoundary(table, row, boundaries, map);
            if (!BuildingIsValid(table, row, code, districts, managers, known, outside, addresses, problems))
            {
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

    /// <summary>The error of a building that lies outside the city's boundary or its district's, if it does; every building with coordinates goes on the map.</summary>
    private static PackageError? OutsideBoundary(CsvTable table, CsvRow row, PackageBoundaries boundaries, List<MapBuilding> map)
    {
        if (Number(row["lat"]) is not { } lat || Number(row["long"]) is not { } longitude || lat is < -90 or > 90 || longitude is < -180 or > 180)
        {
            return null;
        }

        var at = new[] { row["address"], lat.ToString(CultureInfo.InvariantCulture), longitude.ToString(CultureInfo.InvariantCulture) };
        var error = boundaries.City is { } city && !city.Contains(lat, longitude)
            ? Error(table, row, PackageErrorCodes.OutsideCity, [.. at, city.Name])
            : boundaries.Districts.TryGetValue(row["district"], out var district) && !district.Contains(lat, longitude)
                ? Error(table, row, PackageErrorCodes.OutsideDistrict, [.. at, district.Name])
                : null;
        map.Add(new MapBuilding(row["address"], lat, longitude, error is not null));
        return error;
    }

    private static bool BuildingIsValid(
        CsvTable table, CsvRow row, string? code, HashSet<string> districts, HashSet<string> managers, HashSet<string> known,
        PackageError? outside, HashSet<string> addresses, PackageProblems problems)
    {
        const string Kind = PackageRowKinds.Building;
        var own = BuildingOwnError(table, row, addresses);
        if (own is not null)
        {
            problems.Refuse(Kind, code, own);
            return false;
        }

        if (!districts.Contains(row["district"]))
        {
            problems.Unresolved(Kind, code, PackageRowKinds.District, row["district"], () => Error(table, row, PackageErrorCodes.UnknownDistrict, row["district"]));
            return false;
        }

        if (outside is not null)
        {
            problems.Refuse(Kind, code, outside);
            return false;
        }

        var manager = row.Optional("managing_org");
        if (manager is null || managers.Contains(manager))
        {
            return true;
        }

        if (known.Contains(manager))
        {
            problems.Refuse(Kind, code, Error(table, row, PackageErrorCodes.NotManagingOrganisation, manager));
        }
        else
        {
            problems.Unresolved(Kind, code, PackageRowKinds.Organisation, manager, () => Error(table, row, PackageErrorCodes.MissingOrganisation, manager));
        }

        return false;
    }

    private static PackageError? BuildingOwnError(CsvTable table, CsvRow row, HashSet<string> addresses)
    {
        if (string.IsNullOrWhiteSpace(row["address"]))
        {
            return Error(table, row, PackageErrorCodes.AddressEmpty);
        }

        if (!addresses.Add(AddressKey.Parse(row["address"]).Identity))
        {
            return Error(table, row, PackageErrorCodes.DuplicateAddress, row["address"]);
        }

        if (Number(row["lat"]) is not { } lat || Number(row["long"]) is not { } longitude || lat is < -90 or > 90 || longitude is < -180 or > 180)
        {
            return Error(table, row, PackageErrorCodes.BadCoordinates, row["lat"], row["long"]);
        }

        return null;
    }

    private static List<CategoryRow> ReadCategories(CsvTable table, PackageProblems problems)
    {
        const string Kind = PackageRowKinds.Category;
        var codes = table.Rows.Select(r => r["code"]).ToHashSet(StringComparer.Ordinal);
        var rows = new List<CategoryRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = RequireCode(table, row, "code", seen, Kind, problems);
            var name = Name(table, row, Kind, code, problems);
            var parent = row.Optional("parent");
            if (parent is not null && (!codes.Contains(parent) || parent == code))
            {
                problems.Unresolved(Kind, code, Kind, parent, () => Error(table, row, PackageErrorCodes.UnknownParentCategory, parent));
                continue;
            }

            if (!bool.TryParse(row["emergency"], out var emergency))
            {
                problems.Refuse(Kind, code, Error(table, row, PackageErrorCodes.EmergencyNotBoolean, row["emergency"]));
                continue;
            }

            var photo = row.Optional("photo_required") is { } p ? bool.TryParse(p, out var value) && value : false;
            if (string.IsNullOrWhiteSpace(row["group"]))
            {
                problems.Refuse(Kind, code, Error(table, row, PackageErrorCodes.GroupEmpty));
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
        List<OrganisationRow> organisations, PackageProblems problems)
    {
        const string Kind = PackageRowKinds.Responsibility;
        var categoryCodes = categories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var buildingCodes = buildings.Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        var organisationCodes = organisations.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var rows = new List<ResponsibilityRow>();
        foreach (var row in table.Rows)
        {
            var (target, code, error) = row switch
            {
                _ when !categoryCodes.Contains(row["category"]) => (PackageRowKinds.Category, row["category"], PackageErrorCodes.UnknownCategory),
                _ when row.Optional("district") is { } d && !districts.Contains(d) => (PackageRowKinds.District, d, PackageErrorCodes.UnknownDistrict),
                _ when row.Optional("building") is { } b && !buildingCodes.Contains(b) => (PackageRowKinds.Building, b, PackageErrorCodes.UnknownBuilding),
                _ when !organisationCodes.Contains(row["organisation"]) => (PackageRowKinds.Organisation, row["organisation"], PackageErrorCodes.MissingOrganisation),
                _ => (null, null, null),
            };
            if (target is not null)
            {
                problems.Unresolved(Kind, null, target, code!, () => Error(table, row, error!, code!));
                continue;
            }

            rows.Add(new ResponsibilityRow(row["category"], row.Optional("district"), row.Optional("building"), row["organisation"]));
        }

        return rows;
    }

    private static string? RequireCode(CsvTable table, CsvRow row, string column, HashSet<string> seen, string kind, PackageProblems problems)
    {
        var code = row[column];
        if (string.IsNullOrWhiteSpace(code))
        {
            problems.Add(Error(table, row, PackageErrorCodes.CodeMissing, column));
            return null;
        }

        if (!seen.Add(code))
        {
            problems.Add(Error(table, row, PackageErrorCodes.DuplicateCode, kind, code));
            return null;
        }

        return code;
    }

    private static LocalizedText? Name(CsvTable table, CsvRow row, string kind, string? code, PackageProblems problems)
    {
        if (string.IsNullOrWhiteSpace(row["name_ru"]))
        {
            problems.Refuse(kind, code, Error(table, row, PackageErrorCodes.NameRuEmpty));
            return null;
        }

        return new LocalizedText(row["name_ru"], row.Optional("name_tt"), row.Optional("name_en"));
    }

    private static PackageError Error(CsvTable table, CsvRow row, string code, params string[] arguments) =>
        new(table.File, row.Line, code, arguments);

    private static double? Number(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;

    private static int? Integer(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
