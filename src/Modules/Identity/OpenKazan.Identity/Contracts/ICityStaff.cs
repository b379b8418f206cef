namespace OpenKazan.Identity.Contracts;

/// <summary>A city's staff as the central team's rollout checklist sees them, read across the platform's memberships.</summary>
public interface ICityStaff
{
    /// <summary>When the first member with a role other than resident joined the city, or null while no one has.</summary>
    Task<DateTime?> FirstStaffJoinedAtAsync(Guid cityId, CancellationToken cancellationToken);
}
