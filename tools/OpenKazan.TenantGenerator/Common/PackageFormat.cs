namespace OpenKazan.TenantGenerator.Common;

/// <summary>File names and CSV headers copied verbatim from docs/tenant-package.md (the contract).</summary>
internal static class PackageFormat
{
    public const string TenantFile = "tenant.json";
    public const string DistrictsFile = "districts.csv";
    public const string OrganisationsFile = "organisations.csv";
    public const string BuildingsFile = "buildings.csv";
    public const string CategoriesFile = "categories.csv";
    public const string ResponsibilitiesFile = "responsibilities.csv";
    public const string SlaFile = "sla.json";
    public const string LogoFile = "logo.svg";

    public const string DistrictsHeader = "code,name_ru,name_tt,name_en";
    public const string OrganisationsHeader = "code,type,name_ru,name_tt,name_en,inn,phone,email,district";
    public const string BuildingsHeader = "id,address,district,lat,long,managing_org,floors,flats,year_built";
    public const string CategoriesHeader = "code,parent,name_ru,name_tt,name_en,emergency,photo_required,group";
    public const string ResponsibilitiesHeader = "category,district,building,organisation";

    /// <summary>The analytics group codes the format allows.</summary>
    public static readonly IReadOnlyList<string> Groups =
        ["heating", "water", "sewerage", "electricity", "lift", "roof", "yard", "rubbish", "facade", "other"];
}
