using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Onboarding.Rollout;

/// <summary>One run of a course in one city.</summary>
[GlobalEntity]
public sealed class TrainingSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CourseId { get; set; }

    public Guid TenantId { get; set; }

    public DateOnly HeldOn { get; set; }

    public required string Trainer { get; set; }
}
