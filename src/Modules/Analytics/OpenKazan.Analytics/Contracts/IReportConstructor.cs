namespace OpenKazan.Analytics.Contracts;

/// <summary>
/// A report, or why there is none: the reader may not see analytics (<see cref="Allowed"/> false), or the spec is not
/// valid (<see cref="Errors"/> by field, in English for problem+json; a page words them itself).
/// </summary>
public sealed record ReportOutcome(ReportTable? Table, bool Allowed, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>A download: its content (at its start), its content type and the file name offered.</summary>
public sealed record ReportFile(Stream Content, string ContentType, string FileName);

/// <summary>
/// The report constructor of the current city for the current reader, shared by the API, saved reports and the pages:
/// the committee, the city's administrators and the platform admin see the whole city, an organisation's staff only
/// their organisation's requests, everyone else nothing.
/// </summary>
public interface IReportConstructor
{
    /// <summary>Checks the reader's access and the spec, then runs it within the reader's scope.</summary>
    Task<ReportOutcome> RunAsync(ReportSpec spec, CancellationToken ct);

    /// <summary>A computed report as a file for people (format <c>csv</c> or <c>xlsx</c>), named after its period.</summary>
    Task<ReportFile> ExportAsync(ReportTable table, ReportSpec spec, string format, CancellationToken ct);

    /// <summary>Any other table as a file with the report's writers, named <paramref name="name"/> plus the format.</summary>
    Task<ReportFile> ExportAsync(Sheet sheet, string name, string format, CancellationToken ct);
}
