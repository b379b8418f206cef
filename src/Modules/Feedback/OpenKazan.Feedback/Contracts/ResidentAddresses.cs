namespace OpenKazan.Feedback.Contracts;

/// <summary>The buildings people verifiably live in: who may vote on which managing organisation.</summary>
public interface IResidentAddresses
{
    /// <summary>
    /// Development seeding: the demo resident lives in the building, verified by the seeding itself, unless an address of
    /// theirs is recorded already (so a re-run changes nothing).
    /// </summary>
    Task SeedDemoAddressAsync(Guid userId, Guid buildingId, CancellationToken ct);
}
