using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Feedback.Domain;

/// <summary>
/// A resident's verified address: the person lives in this building, so they may vote on its managing organisation.
/// The flat is kept for the staff who verified it and is never published.
/// </summary>
public sealed class ResidentAddress : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public Guid BuildingId { get; set; }

    public string? Flat { get; set; }

    public AddressVerification Method { get; set; }

    /// <summary>The staff member who verified it; null when it was verified automatically.</summary>
    public Guid? VerifiedBy { get; set; }

    public DateTime VerifiedAt { get; set; }
}

public enum AddressVerification
{
    /// <summary>An operator or the city's admin checked documents.</summary>
    Staff,

    /// <summary>The person has a closed request of their own at this building.</summary>
    ClosedRequest,

    /// <summary>Development seeding of the demo resident.</summary>
    Demo,
}
