using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.Onboarding.Contracts;

namespace OpenKazan.Onboarding.Rollout;

/// <summary>Whether one staff member (by account e-mail or user id) attended a session.</summary>
[GlobalEntity]
internal sealed class TrainingAttendance
{
    public Guid SessionId { get; set; }

    public required string Attendee { get; set; }

    public bool Attended { get; set; }

    public DateTime RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    internal AttendanceView ToView() => new(Attendee, Attended, RecordedBy);
}
