using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Onboarding.Contracts;

namespace OpenKazan.Onboarding.Rollout;

/// <summary>
/// A rollout step recorded by a person: a manual tick by the central team, or the go-live recorded when the city
/// first became active. Central data, kept next to the catalog, one row per city and step.
/// </summary>
[GlobalEntity]
internal sealed class RolloutTick
{
    public Guid TenantId { get; set; }

    public RolloutStep Step { get; set; }

    public DateTime DoneAt { get; set; }

    public required string DoneBy { get; set; }
}
