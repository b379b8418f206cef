using System.Globalization;

namespace OpenKazan.BuildingBlocks.Packages;

/// <summary>
/// The codes of package problems and their invariant English text; the Host's resources carry the same codes as
/// "PackageError_{code}" in every language, with the arguments in the same order.
/// </summary>
public static class PackageErrorCodes
{
    public const string Detail = "Detail";
    public const string FileMissing = "FileMissing";
    public const string SlaFileMissing = "SlaFileMissing";
    public const string NotValidJson = "NotValidJson";
    public const string HeaderMissing = "HeaderMissing";
    public const string ColumnsMissing = "ColumnsMissing";
    public const string CodeMissing = "CodeMissing";
    public const string DuplicateCode = "DuplicateCode";
    public const string NameRuEmpty = "NameRuEmpty";
    public const string UnknownOrganisationType = "UnknownOrganisationType";
    public const string BadInn = "BadInn";
    public const string UnknownDistrict = "UnknownDistrict";
    public const string AddressEmpty = "AddressEmpty";
    public const string DuplicateAddress = "DuplicateAddress";
    public const string BadCoordinates = "BadCoordinates";
    public const string OutsideCity = "OutsideCity";
    public const string OutsideDistrict = "OutsideDistrict";
    public const string NotManagingOrganisation = "NotManagingOrganisation";
    public const string MissingOrganisation = "MissingOrganisation";
    public const string UnknownParentCategory = "UnknownParentCategory";
    public const string EmergencyNotBoolean = "EmergencyNotBoolean";
    public const string GroupEmpty = "GroupEmpty";
    public const string UnknownCategory = "UnknownCategory";
    public const string UnknownBuilding = "UnknownBuilding";
    public const string BoundaryInvalid = "BoundaryInvalid";
    public const string BoundaryUnknownDistrict = "BoundaryUnknownDistrict";
    public const string TenantIdEmpty = "TenantIdEmpty";
    public const string SlugFormat = "SlugFormat";
    public const string NameRuMissing = "NameRuMissing";
    public const string UnknownTimeZone = "UnknownTimeZone";
    public const string UnsupportedLanguage = "UnsupportedLanguage";
    public const string DefaultCultureNotOffered = "DefaultCultureNotOffered";
    public const string PrefixLength = "PrefixLength";
    public const string ConnectionStringMissing = "ConnectionStringMissing";

    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        [Detail] = "{0}",
        [FileMissing] = "the file is missing",
        [SlaFileMissing] = "the file is missing (start from the {0} template)",
        [NotValidJson] = "not valid JSON: {0}",
        [HeaderMissing] = "the header line is missing",
        [ColumnsMissing] = "missing column(s): {0}",
        [CodeMissing] = "the row has no {0}",
        [DuplicateCode] = "duplicate {0} '{1}'",
        [NameRuEmpty] = "name_ru is empty",
        [UnknownOrganisationType] = "unknown organisation type '{0}'",
        [BadInn] = "INN '{0}' must have 10 or 12 digits",
        [UnknownDistrict] = "unknown district '{0}'",
        [AddressEmpty] = "the address is empty",
        [DuplicateAddress] = "duplicate building address '{0}'",
        [BadCoordinates] = "coordinates '{0},{1}' are not a valid latitude and longitude",
        [OutsideCity] = "the building '{0}' at {1},{2} is outside the city boundary '{3}'",
        [OutsideDistrict] = "the building '{0}' at {1},{2} is outside the boundary of district '{3}'",
        [NotManagingOrganisation] = "organisation '{0}' is not a managing organisation",
        [MissingOrganisation] = "missing organisation '{0}'",
        [UnknownParentCategory] = "unknown parent category '{0}'",
        [EmergencyNotBoolean] = "emergency must be true or false, not '{0}'",
        [GroupEmpty] = "the group is empty",
        [UnknownCategory] = "unknown category '{0}'",
        [UnknownBuilding] = "unknown building '{0}'",
        [BoundaryInvalid] = "not a boundary: {0}",
        [BoundaryUnknownDistrict] = "a boundary for unknown district '{0}'",
        [TenantIdEmpty] = "id must be a non-empty GUID",
        [SlugFormat] = "slug '{0}' must be 2-63 lower-case letters, digits or hyphens",
        [NameRuMissing] = "names must include a Russian name (ru)",
        [UnknownTimeZone] = "unknown time zone '{0}'",
        [UnsupportedLanguage] = "language '{0}' is not supported (ru, tt, en)",
        [DefaultCultureNotOffered] = "the default culture '{0}' must be one of the city's languages",
        [PrefixLength] = "requestNumberPrefix must have 1-6 characters",
        [ConnectionStringMissing] = "a city with its own database needs isolation.connectionStringName",
    };

    public static IReadOnlyCollection<string> All => English.Keys;

    public static string InvariantText(string code, IReadOnlyList<string> arguments) =>
        English.TryGetValue(code, out var template)
            ? string.Format(CultureInfo.InvariantCulture, template, [.. arguments])
            : $"{code} {string.Join(", ", arguments)}";
}

/// <summary>The kinds of rows a package has, for "used by 3 buildings".</summary>
public static class PackageRowKinds
{
    public const string District = "district";
    public const string Organisation = "organisation";
    public const string Building = "building";
    public const string Category = "category";
    public const string Responsibility = "responsibility";

    public static IReadOnlyList<string> All { get; } = [District, Organisation, Building, Category, Responsibility];

    public static string InvariantCount(string kind, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? kind : Plural(kind))}");

    private static string Plural(string kind) => kind switch
    {
        Category => "categories",
        Responsibility => "responsibilities",
        _ => kind + "s",
    };
}
