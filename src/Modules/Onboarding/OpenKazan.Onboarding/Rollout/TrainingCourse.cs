using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Onboarding.Contracts;

namespace OpenKazan.Onboarding.Rollout;

/// <summary>A course that certifies whoever attends it for one city role.</summary>
[GlobalEntity]
internal sealed class TrainingCourse
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public required string Role { get; set; }

    internal TrainingCourseView ToView() => new(Id, Title, Role);
}
