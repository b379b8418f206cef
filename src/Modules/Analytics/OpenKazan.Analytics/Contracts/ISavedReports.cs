namespace OpenKazan.Analytics.Contracts;

/// <summary>A report definition to keep under a name; a shared one is opened by anyone of the city with analytics access.</summary>
public sealed record SaveReportBody(string Name, bool Shared, ReportSpec Spec)
{
    /// <summary>The longest name a report is saved under.</summary>
    public const int MaxNameLength = 200;
}

/// <summary>A saved report as its reader sees it: <see cref="Mine"/> when the reader saved it.</summary>
public sealed record SavedReportDto(Guid Id, string Name, bool Shared, bool Mine, ReportSpec Spec);

/// <summary>
/// A saved report, or why it was not saved: the reader may not see analytics (<see cref="Allowed"/> false), or the
/// report or its name is not valid (<see cref="Errors"/> by field).
/// </summary>
public sealed record SaveOutcome(SavedReportDto? Saved, bool Allowed, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>
/// Reports saved under a name in the current city: the reader's own and the shared ones. The one path for the API and
/// the report page, so both refuse the same things.
/// </summary>
public interface ISavedReports
{
    /// <summary>The reader's own saved reports and the shared ones, by name.</summary>
    Task<IReadOnlyList<SavedReportDto>> VisibleAsync(CancellationToken ct);

    /// <summary>One of them; null when the city has no such report or it is neither the reader's nor shared.</summary>
    Task<SavedReportDto?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>Checks the reader's access, the report and its name (1 to <see cref="SaveReportBody.MaxNameLength"/> characters), then saves it.</summary>
    Task<SaveOutcome> SaveAsync(SaveReportBody body, CancellationToken ct);
}
