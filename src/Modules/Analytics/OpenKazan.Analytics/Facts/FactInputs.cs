using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Analytics.Facts;

/// <summary>The city whose facts these are and the registry facts a request's dimensions come from, looked up once per batch.</summary>
public sealed record FactLookups(
    Guid City,
    IReadOnlyDictionary<Guid, Guid> DistrictOfBuilding,
    IReadOnlyDictionary<Guid, OrganisationType> TypeOfOrganisation,
    IReadOnlyDictionary<Guid, string> GroupOfCategory,
    TimeZoneInfo Zone);

/// <summary>The pure fold of one request and its met stages into its fact row; the sync and the generator share it.</summary>
public static class RequestFacts
{
    public static RequestFact From(PublicRequestRow request, IEnumerable<MetStageRow> stages, int? feedbackScore, FactLookups lookups)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(lookups);
        var byStage = stages.ToDictionary(s => s.Stage, StringComparer.Ordinal);
        var fact = new RequestFact
        {
            RequestId = request.Id,
            TenantId = lookups.City,
            RegisteredOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(request.RegisteredAt, lookups.Zone)),
            DistrictId = lookups.DistrictOfBuilding.GetValueOrDefault(request.BuildingId),
            OrganisationId = request.OrganisationId,
            OrganisationType = request.OrganisationId is { } org && lookups.TypeOfOrganisation.TryGetValue(org, out var type) ? type.ToString() : null,
            CategoryId = request.CategoryId,
            CategoryGroup = lookups.GroupOfCategory.GetValueOrDefault(request.CategoryId) ?? string.Empty,
            Channel = request.Channel.ToString(),
            RequesterKind = request.RequesterKind.ToString(),
            Status = request.Status.ToString(),
            Priority = request.Priority.ToString(),
            Resolved = RequestStatuses.Resolved.Contains(request.Status),
            ReopenCount = request.ReopenCount,
            FeedbackScore = feedbackScore,
        };
        (fact.AcceptMinutes, fact.AcceptOnTime) = Outcome(byStage, SlaStages.Accept);
        (fact.LocaliseMinutes, fact.LocaliseOnTime) = Outcome(byStage, SlaStages.Localise);
        (fact.ResolveMinutes, fact.ResolveOnTime) = Outcome(byStage, SlaStages.Resolve);
        return fact;
    }

    private static (int?, bool?) Outcome(Dictionary<string, MetStageRow> byStage, string stage) =>
        byStage.TryGetValue(stage, out var met) ? ((int)Math.Min(int.MaxValue, met.BusinessMinutes), met.OnTime) : (null, null);
}
