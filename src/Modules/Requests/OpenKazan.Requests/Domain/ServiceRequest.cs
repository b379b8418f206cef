using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Requests.Domain;

/// <summary>
/// A resident's request about a building. Its status changes only through <see cref="Workflow.RequestWorkflow"/>;
/// <see cref="Version"/> is bumped on every change so that two concurrent writers cannot both win.
/// </summary>
public sealed class ServiceRequest : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>Human number, unique in the city: <c>{prefix}-{year}-{000123}</c>.</summary>
    public required string Number { get; set; }

    public RequestChannel Channel { get; set; }

    public RequestStatus Status { get; set; }

    /// <summary>The status OnHold came from, so that resuming returns there.</summary>
    public RequestStatus? HeldFrom { get; set; }

    public RequestPriority Priority { get; set; }

    public RequesterKind RequesterKind { get; set; }

    public required string RequesterName { get; set; }

    public string? RequesterPhone { get; set; }

    /// <summary>Digits only, for the operator's look-up by phone whatever the caller's formatting.</summary>
    public string? RequesterPhoneDigits { get; set; }

    public string? RequesterEmail { get; set; }

    public bool ConsentToContact { get; set; }

    public Guid? RequesterUserId { get; set; }

    /// <summary>The language the resident wrote in; notifications use it.</summary>
    public required string Culture { get; set; }

    public Guid BuildingId { get; set; }

    public string? Flat { get; set; }

    public string? Entrance { get; set; }

    public Guid CategoryId { get; set; }

    public required string Description { get; set; }

    /// <summary>The organisation that must fix it; null while it waits in the city dispatcher's queue.</summary>
    public Guid? OrganisationId { get; set; }

    public DateTime RegisteredAt { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? ResolutionReport { get; set; }

    /// <summary>How often the resident reopened it: counted against the organisation.</summary>
    public int ReopenCount { get; set; }

    public long Version { get; set; }

    public void Touch() => Version++;
}
