using System.Globalization;

namespace OpenKazan.BuildingBlocks.Packages;

/// <summary>
/// The codes of package problems and their invariant English text; the Host's resources carry the same codes as
/// "PackageError_{code}" in every language, with the arguments in the same order.
/// </summary>
public static class PackageErrorCodes
{
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
    public const string BoundaryTooLarge = "BoundaryTooLarge";
    public const string TenantIdEmpty = "TenantIdEmpty";
    public const string SlugFormat = "SlugFormat";
    public const string NameRuMissing = "NameRuMissing";
    public const string UnknownTimeZone = "UnknownTimeZone";
    public const string UnsupportedLanguage = "UnsupportedLanguage";
    public const string DefaultCultureNotOffered = "DefaultCultureNotOffered";
    public const string PrefixLength = "PrefixLength";
    public const string ConnectionStringMissing = "ConnectionStringMissing";
    public const string FileEmpty = "FileEmpty";
    public const string SlaRequired = "SlaRequired";
    public const string SlaOutOfRange = "SlaOutOfRange";
    public const string SlaUnknownValue = "SlaUnknownValue";
    public const string SlaUnknownStage = "SlaUnknownStage";
    public const string SlaRulesRequired = "SlaRulesRequired";
    public const string SlaDuplicateLevel = "SlaDuplicateLevel";
    public const string SlaLevelOrder = "SlaLevelOrder";
    public const string SlaStagesRequired = "SlaStagesRequired";
    public const string SlaCategoryRequired = "SlaCategoryRequired";
    public const string SlaUnknownGroup = "SlaUnknownGroup";
    public const string SlaUnknownCategory = "SlaUnknownCategory";
    public const string SlaStageEmpty = "SlaStageEmpty";
    public const string SlaNegativeMinutes = "SlaNegativeMinutes";
    public const string SlaStageMissing = "SlaStageMissing";
    public const string SlaLocaliseOnlyEmergency = "SlaLocaliseOnlyEmergency";
    public const string SlaLongerThanResolve = "SlaLongerThanResolve";
    public const string SlaDuplicateRule = "SlaDuplicateRule";
    public const string SlaCatchAllRequired = "SlaCatchAllRequired";

    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
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
        [BoundaryTooLarge] = "the file has {0} characters, more than the {1} a city stores: simplify the polygons",
        [TenantIdEmpty] = "id must be a non-empty GUID",
        [SlugFormat] = "slug '{0}' must be 2-63 lower-case letters, digits or hyphens",
        [NameRuMissing] = "names must include a Russian name (ru)",
        [UnknownTimeZone] = "unknown time zone '{0}'",
        [UnsupportedLanguage] = "language '{0}' is not supported (ru, tt, en)",
        [DefaultCultureNotOffered] = "the default culture '{0}' must be one of the city's languages",
        [PrefixLength] = "requestNumberPrefix must have 1-6 characters",
        [ConnectionStringMissing] = "a city with its own database needs isolation.connectionStringName",
        [FileEmpty] = "the file is empty",
        [SlaRequired] = "{0}: required",
        [SlaOutOfRange] = "{0}: {1} is outside {2}..{3}",
        [SlaUnknownValue] = "{0}: unknown value '{1}' (expected {2})",
        [SlaUnknownStage] = "{0}: unknown stage '{1}' (expected {2})",
        [SlaRulesRequired] = "rules: at least one rule is required",
        [SlaDuplicateLevel] = "escalation: level {0} appears more than once",
        [SlaLevelOrder] = "escalation: level {0} comes before level {1} (afterBreachMinutes must not decrease)",
        [SlaStagesRequired] = "{0}.stages: required (accept and resolve)",
        [SlaCategoryRequired] = "{0}.category: required (a category code, group:<group> or *)",
        [SlaUnknownGroup] = "{0}.category: unknown category group '{1}'",
        [SlaUnknownCategory] = "{0}.category: unknown category code '{1}'",
        [SlaStageEmpty] = "{0}: minutes and clock are required",
        [SlaNegativeMinutes] = "{0}.minutes: negative minutes ({1}) are not a target",
        [SlaStageMissing] = "{0}.stages: the {1} stage is required",
        [SlaLocaliseOnlyEmergency] = "{0}.stages.localise: only emergency rules have a localise stage",
        [SlaLongerThanResolve] = "{0}.stages.{1}: longer than the resolve target",
        [SlaDuplicateRule] = "rules: more than one rule for '{0}' and {1}",
        [SlaCatchAllRequired] = "rules: a '*' rule for {0} is required so that every request gets deadlines",
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
