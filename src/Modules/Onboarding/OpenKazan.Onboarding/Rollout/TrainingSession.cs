using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Onboarding.Contracts;

namespace OpenKazan.Onboarding.Rollout;

/// <summary>One run of a course in one city.</summary>
[GlobalEntity]
internal sealed class TrainingSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CourseId { get; set; }

    public Guid TenantId { get; set; }

    public DateOnly HeldOn { get; set; }

    public required string Trainer { get; set; }

    internal TrainingSessionView ToView() => new(Id, CourseId, TenantId, HeldOn, Trainer);
}
