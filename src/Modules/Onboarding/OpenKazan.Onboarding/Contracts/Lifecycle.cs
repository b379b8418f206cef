using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.Contracts;

/// <summary>
/// Moves a city through Onboarding → Active (go-live) → Suspended → Archived, for the central pages and the operator
/// commands alike.
/// </summary>
public interface ICityLifecycle
{
    /// <summary>The states a city may move to from the given one; an archived city stays archived.</summary>
    IReadOnlyList<TenantStatus> NextStates(TenantStatus current);

    Task<LifecycleOutcome> MoveAsync(string slug, TenantStatus target, string movedBy, CancellationToken cancellationToken);
}

public enum LifecycleOutcome
{
    Moved,
    UnknownCity,
    NotAllowed,
}
