using OpenKazan.Analytics.Facts;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Analytics.Generator;

/// <summary>One generated request with its whole history, its met stages and its fact row.</summary>
public sealed record GeneratedRequest(ServiceRequest Request, IReadOnlyList<RequestEvent> Events, IReadOnlyList<StageDuration> Stages, RequestFact Fact);

/// <summary>Stage targets in business minutes from registration (the demo SLA's order of magnitude).</summary>
public sealed record StageTargets(int Accept, int Localise, int Resolve)
{
    public static readonly StageTargets Routine = new(480, 1440, 4320);
    public static readonly StageTargets Emergency = new(30, 120, 1440);
}
