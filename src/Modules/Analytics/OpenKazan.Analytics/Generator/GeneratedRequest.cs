using OpenKazan.Analytics.Facts;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Analytics.Generator;

/// <summary>
/// One generated request with its whole history, its stage deadlines (met or still open), the SLA monitor's warnings, breaches and escalations
/// and its met stages (as Requests' bulk import takes them), its fact row, and, when the requester took part,
/// their rating of the work and their vote on the building's managing organisation (as Feedback's takes them).
/// </summary>
internal sealed record GeneratedRequest(
    ImportedRequestHistory History,
    RequestFact Fact,
    ImportedRating? Rating,
    ImportedVote? Vote);

/// <summary>A batch's rows for Requests' and Feedback's bulk imports.</summary>
internal static class GeneratedBatch
{
    public static List<ImportedRequestHistory> Histories(this IReadOnlyList<GeneratedRequest> batch) => [.. batch.Select(g => g.History)];

    public static List<ImportedRating> Ratings(this IReadOnlyList<GeneratedRequest> batch) =>
        [.. batch.Where(g => g.Rating is not null).Select(g => g.Rating!)];

    public static List<ImportedVote> Votes(this IReadOnlyList<GeneratedRequest> batch) =>
        [.. batch.Where(g => g.Vote is not null).Select(g => g.Vote!)];
}

/// <summary>Stage targets in business minutes from registration (the demo SLA's order of magnitude).</summary>
internal sealed record StageTargets(int Accept, int Localise, int Resolve)
{
    public static readonly StageTargets Routine = new(480, 1440, 4320);
    public static readonly StageTargets Emergency = new(30, 120, 1440);
}

/// <summary>One step of the escalation ladder: whom it goes to, and how long after the breach.</summary>
internal sealed record EscalationStep(int Level, string Notify, int AfterBreachMinutes);

/// <summary>The demo SLA's escalation ladder (the RU-416 template's): the dispatcher at once, the organisation's head after four hours, the committee after a day.</summary>
internal static class EscalationLadder
{
    public static readonly IReadOnlyList<EscalationStep> Steps =
    [
        new(1, "Dispatcher", 0),
        new(2, "OrganisationHead", 240),
        new(3, "Committee", 1440),
    ];
}
