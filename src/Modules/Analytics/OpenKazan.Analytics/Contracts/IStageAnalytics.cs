namespace OpenKazan.Analytics.Contracts;

/// <summary>One stage of one organisation and category: the average business minutes spent in it and the deadlines lost there.</summary>
public sealed record StageFigures(string Stage, double? AverageMinutes, int Met, int Late)
{
    public double? LateShare => Met == 0 ? null : (double)Late / Met;
}

/// <summary>An organisation × category pair with its stages; <see cref="LostAt"/> is the stage that loses most deadlines.</summary>
public sealed record StageLink(
    string OrganisationId, string Organisation, string CategoryId, string Category, int Requests, IReadOnlyList<StageFigures> Stages)
{
    public double? LateShare => Stages.Sum(s => s.Met) is var met and > 0 ? (double)Stages.Sum(s => s.Late) / met : null;

    public string? LostAt => Stages.Where(s => s.Late > 0).OrderByDescending(s => s.Late).Select(s => s.Stage).FirstOrDefault();
}

/// <summary>One request of a link, for the drill-down: its number, registration day and the stages whose deadline it missed.</summary>
public sealed record StageDrillRow(string Number, DateOnly RegisteredOn, IReadOnlyList<string> LateStages);

/// <summary>
/// Where the time goes and where deadlines are lost in the current city, within the current reader's scope (an
/// organisation's staff see only their organisation). Names are in the reader's language.
/// </summary>
public interface IStageAnalytics
{
    /// <summary>Whether the reader may see stage analytics at all; the reads give nothing to anyone else.</summary>
    bool Allowed { get; }

    /// <summary>Every organisation × category link with at least <paramref name="minRequests"/> requests, weakest first.</summary>
    Task<IReadOnlyList<StageLink>> LinksAsync(DateOnly from, DateOnly to, int minRequests, CancellationToken ct);

    /// <summary>One link, whatever its number of requests; null when it has none in the period.</summary>
    Task<StageLink?> LinkAsync(Guid organisation, Guid category, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>The requests of one link, those that missed a stage deadline first, then the newest; at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StageDrillRow>> DrillAsync(Guid organisation, Guid category, DateOnly from, DateOnly to, int limit, CancellationToken ct);
}
