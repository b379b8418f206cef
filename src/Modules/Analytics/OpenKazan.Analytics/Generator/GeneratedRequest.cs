using OpenKazan.Analytics.Facts;
using OpenKazan.Feedback.Domain;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Analytics.Generator;

/// <summary>
/// One generated request with its whole history, its stage deadlines (met or still open), its met stages, its fact row, and, when the requester took part,
/// their rating of the work and their vote on the building's managing organisation.
/// </summary>
public sealed record GeneratedRequest(
    ServiceRequest Request,
    IReadOnlyList<RequestEvent> Events,
    IReadOnlyList<RequestDeadline> Deadlines,
    IReadOnlyList<StageDuration> Stages,
    RequestFact Fact,
    RequestFeedback? Feedback,
    OrganisationVote? Vote);

/// <summary>Stage targets in business minutes from registration (the demo SLA's order of magnitude).</summary>
public sealed record StageTargets(int Accept, int Localise, int Resolve)
{
    public static readonly StageTargets Routine = new(480, 1440, 4320);
    public static readonly StageTargets Emergency = new(30, 120, 1440);
}
