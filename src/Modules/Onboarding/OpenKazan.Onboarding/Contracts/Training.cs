namespace OpenKazan.Onboarding.Contracts;

/// <summary>
/// Courses, their sessions in cities, who attended, and who is certified for which role where. Attending a session
/// certifies the attendee for the course's role in the session's city; withdrawing the attendance withdraws it.
/// </summary>
public interface ITrainingRecords
{
    Task<IReadOnlyList<TrainingCourseView>> CoursesAsync(CancellationToken cancellationToken);

    /// <summary>Every session, the latest first.</summary>
    Task<IReadOnlyList<TrainingSessionView>> SessionsAsync(CancellationToken cancellationToken);

    Task<TrainingSessionView?> FindSessionAsync(Guid id, CancellationToken cancellationToken);

    Task<TrainingCourseView?> FindCourseAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<AttendanceView>> AttendanceAsync(Guid sessionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CertificationView>> CertificationsAsync(Guid tenantId, CancellationToken cancellationToken);

    /// <summary>The new course, or null when the title is empty or the role is not a city role.</summary>
    Task<TrainingCourseView?> AddCourseAsync(string title, string role, CancellationToken cancellationToken);

    /// <summary>The new session, or null when the course or city is unknown or the trainer empty.</summary>
    Task<TrainingSessionView?> AddSessionAsync(Guid courseId, string slug, DateOnly heldOn, string trainer, CancellationToken cancellationToken);

    /// <summary>Records whether someone attended, and certifies or withdraws the certification it earned; false when refused.</summary>
    Task<bool> MarkAttendanceAsync(Guid sessionId, string attendee, bool attended, string by, CancellationToken cancellationToken);

    /// <summary>Certifies someone for a role in a city without a session (e.g. trained before OpenKazan); false when refused.</summary>
    Task<bool> CertifyAsync(string slug, string attendee, string role, string by, CancellationToken cancellationToken);
}

/// <summary>A course that certifies whoever attends it for one city role.</summary>
public sealed record TrainingCourseView(Guid Id, string Title, string Role);

/// <summary>One run of a course in one city.</summary>
public sealed record TrainingSessionView(Guid Id, Guid CourseId, Guid TenantId, DateOnly HeldOn, string Trainer);

/// <summary>Whether one staff member (by account e-mail or user id) attended a session, and who recorded it.</summary>
public sealed record AttendanceView(string Attendee, bool Attended, string RecordedBy);

/// <summary>A staff member certified for a role in a city: through a session (<see cref="SessionId"/>) or explicitly.</summary>
public sealed record CertificationView(string Attendee, string Role, Guid? SessionId, DateTime CertifiedAt, string RecordedBy);
