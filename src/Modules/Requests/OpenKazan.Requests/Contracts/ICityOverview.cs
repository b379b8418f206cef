namespace OpenKazan.Requests.Contracts;

/// <summary>The committee's picture of the city, in the city's own day: intake, open and late work, SLA compliance by organisation.</summary>
public interface ICityOverview
{
    Task<CityOverviewDto> ReadAsync(CancellationToken ct);
}

/// <summary>One organisation's open and overdue requests, and the share of its stages met on time.</summary>
public sealed record OrganisationLoad(string Organisation, int Open, int Overdue, int StagesDue, int StagesMet)
{
    public double? Compliance => StagesDue == 0 ? null : (double)StagesMet / StagesDue;
}

/// <summary>The committee's picture of the city: today's intake, what is open and late, SLA compliance by organisation.</summary>
public sealed record CityOverviewDto(
    int SubmittedToday, int Open, int Overdue, int Resolved30Days, int StagesDue, int StagesMet, IReadOnlyList<OrganisationLoad> Organisations)
{
    /// <summary>The share of stage deadlines due in the <see cref="OverviewWindow"/> that were met in time; null when none was due.</summary>
    public double? SlaCompliance => StagesDue == 0 ? null : (double)StagesMet / StagesDue;
}
