using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.Export;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.Analytics.Endpoints;

/// <summary>
/// Checks access and the spec, then runs it in the reader's scope; writes reports and other sheets as files in the
/// reader's words. Shared by the API, saved reports and the pages.
/// </summary>
internal sealed class ReportRunner(ReportEngine engine, ICurrentTenant tenant, ICurrentUser user, IReportWording wording) : IReportConstructor
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public async Task<ReportOutcome> RunAsync(ReportSpec spec, CancellationToken ct)
    {
        if (AnalyticsAccess.ScopeFor(user, tenant.Id!.Value) is not { } scope)
        {
            return new(null, Allowed: false, NoErrors);
        }

        if (ReportValidation.Validate(spec, crossCity: false, out var errors) is not { } query)
        {
            return new(null, Allowed: true, errors);
        }

        return new(await engine.RunAsync(query, scope, AnalyticsAccess.Culture, ct), Allowed: true, NoErrors);
    }

    public Task<ReportFile> ExportAsync(ReportTable table, ReportSpec spec, string format, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var name = FormattableString.Invariant($"report-{spec.From:yyyy-MM-dd}-{spec.To:yyyy-MM-dd}");
        return ExportAsync(ReportExport.ToSheet(table, spec, wording), name, format, ct);
    }

    public async Task<ReportFile> ExportAsync(Sheet sheet, string name, string format, CancellationToken ct)
    {
        var stream = new MemoryStream();
        await ReportExport.WriteAsync(sheet, format, wording.Culture, stream, ct);
        stream.Position = 0;
        return new ReportFile(stream, format == "csv" ? ReportExport.CsvContentType : ReportExport.XlsxContentType, $"{name}.{format}");
    }
}
