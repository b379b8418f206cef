using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Onboarding.Contracts;

namespace OpenKazan.Onboarding.Rollout;

/// <summary>
/// A staff member certified for a role in a city: earned by attending a session of a course for that role
/// (<see cref="SessionId"/> set, withdrawn with the attendance), or recorded explicitly by the central team.
/// </summary>
[GlobalEntity]
internal sealed class Certification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Attendee { get; set; }

    public required string Role { get; set; }

    public Guid? SessionId { get; set; }

    public DateTime CertifiedAt { get; set; }

    public required string RecordedBy { get; set; }

    internal CertificationView ToView() => new(Attendee, Role, SessionId, CertifiedAt, RecordedBy);
}
