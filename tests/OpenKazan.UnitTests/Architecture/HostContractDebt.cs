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
    };
}
