namespace OpenKazan.UnitTests.Architecture;

/// <summary>
/// The module types outside their contracts that the Host still names, folder by folder (Razor views count for the
/// folder of their <c>.cshtml</c>). It may only shrink: a test fails on an entry that is no longer used.
/// </summary>
internal static class HostContractDebt
{
    public static readonly Dictionary<string, string[]> NonContractReferences = new(StringComparer.Ordinal)
    {
        [""] =
        [
        ],
        ["Commands"] =
        [
            "OpenKazan.Onboarding.ExportCityPackage.CityPackageExporter",
            "OpenKazan.Onboarding.ImportCityPackage.CityPackageImporter",
            "OpenKazan.Onboarding.ImportCityPackage.CityPackageResult",
        ],
        ["Pages/Admin"] =
        [
        ],
        ["Pages/Central"] =
        [
            "OpenKazan.Onboarding.ExportCityPackage.CityPackageExporter",
            "OpenKazan.Onboarding.ImportCityPackage.CityPackageImporter",
            "OpenKazan.Onboarding.ImportCityPackage.CityPackageResult",
            "OpenKazan.Onboarding.ImportJobs.CityImportJob",
            "OpenKazan.Onboarding.ImportJobs.CityImportJobs",
            "OpenKazan.Onboarding.ImportJobs.ImportJobState",
            "OpenKazan.Onboarding.ImportJobs.PackageFolders",
            "OpenKazan.Onboarding.NewCity.NewCityDraft",
            "OpenKazan.Onboarding.NewCity.NewCityLogo",
            "OpenKazan.Onboarding.NewCity.NewCityPackage",
            "OpenKazan.Onboarding.NewCity.OverlayPackageSource",
        ],
        ["Seeding"] =
        [
            "OpenKazan.Onboarding.ImportCityPackage.CityPackageImporter",
            "OpenKazan.Onboarding.ImportCityPackage.CityPackageResult",
        ],
    };
}
