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
            "OpenKazan.Analytics.Export.IReportWording",
            "OpenKazan.Identity.Seeding.DemoIdentitySeeder",
        ],
        ["Commands"] =
        [
        ],
        ["Notifications"] =
        [
            "OpenKazan.Identity.Domain.PlatformUser",
            "OpenKazan.Identity.SignUp.IAccountNotifier",
        ],
        ["Pages/Account"] =
        [
            "OpenKazan.Identity.Domain.PlatformUser",
            "OpenKazan.Identity.Profile.ProfileService",
            "OpenKazan.Identity.Profile.ProfileUpdate",
            "OpenKazan.Identity.Profile.ProfileView",
            "OpenKazan.Identity.SignIn.CitySignIn",
            "OpenKazan.Identity.SignIn.PasswordSignIn",
            "OpenKazan.Identity.SignUp.AccountService",
            "OpenKazan.Identity.SignUp.SignUpForm",
            "OpenKazan.Identity.SignUp.SignUpResult",
        ],
        ["Pages/Admin"] =
        [
        ],
        ["Pages/Analytics"] =
        [
            "OpenKazan.Analytics.Endpoints.AnalyticsAccess",
            "OpenKazan.Analytics.Endpoints.ReportFiles",
            "OpenKazan.Analytics.Endpoints.ReportOutcome",
            "OpenKazan.Analytics.Endpoints.ReportRunner",
            "OpenKazan.Analytics.Export.CellKind",
            "OpenKazan.Analytics.Export.IReportWording",
            "OpenKazan.Analytics.Export.Sheet",
            "OpenKazan.Analytics.Export.SheetColumn",
            "OpenKazan.Analytics.ReportConstructor.Dimension",
            "OpenKazan.Analytics.ReportConstructor.Measure",
            "OpenKazan.Analytics.ReportConstructor.MeasureKind",
            "OpenKazan.Analytics.ReportConstructor.ReportCatalog",
            "OpenKazan.Analytics.ReportConstructor.ReportEngine",
            "OpenKazan.Analytics.ReportConstructor.ReportRow",
            "OpenKazan.Analytics.ReportConstructor.ReportScope",
            "OpenKazan.Analytics.ReportConstructor.ReportSpec",
            "OpenKazan.Analytics.ReportConstructor.ReportTable",
            "OpenKazan.Analytics.SavedReports.SaveOutcome",
            "OpenKazan.Analytics.SavedReports.SaveReportBody",
            "OpenKazan.Analytics.SavedReports.SavedReportDto",
            "OpenKazan.Analytics.SavedReports.SavedReportEndpoints",
            "OpenKazan.Analytics.StageAnalytics.StageDrillRow",
            "OpenKazan.Analytics.StageAnalytics.StageFigures",
            "OpenKazan.Analytics.StageAnalytics.StageLink",
            "OpenKazan.Analytics.StageAnalytics.StageReport",
        ],
        ["Pages/Central"] =
        [
        ],
        ["Pages/Executor"] =
        [
            "OpenKazan.Identity.Domain.PlatformUser",
        ],
        ["Pages/Resident"] =
        [
            "OpenKazan.Identity.Domain.PlatformUser",
        ],
        ["Seeding"] =
        [
            "OpenKazan.Identity.Domain.PlatformUser",
        ],
    };
}
