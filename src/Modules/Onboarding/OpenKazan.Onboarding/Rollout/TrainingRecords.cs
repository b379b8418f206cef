using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Onboarding.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.Rollout;

/// <summary>The central team's training records (see <see cref="ITrainingRecords"/>), kept next to the catalog.</summary>
internal sealed class TrainingRecords(CentralDbContext db, ITenantStore store, TimeProvider time) : ITrainingRecords
{
    public async Task<IReadOnlyList<TrainingCourseView>> CoursesAsync(CancellationToken cancellationToken) =>
        (await db.Set<TrainingCourse>().AsNoTracking().OrderBy(c => c.Title).ToListAsync(cancellationToken)).ConvertAll(c => c.ToView());

    public async Task<IReadOnlyList<TrainingSessionView>> SessionsAsync(CancellationToken cancellationToken) =>
        (await db.Set<TrainingSession>().AsNoTracking().OrderByDescending(s => s.HeldOn).ToListAsync(cancellationToken)).ConvertAll(s => s.ToView());

    public async Task<TrainingSessionView?> FindSessionAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Set<TrainingSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken))?.ToView();

    public async Task<TrainingCourseView?> FindCourseAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Set<TrainingCourse>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken))?.ToView();

    public async Task<IReadOnlyList<AttendanceView>> AttendanceAsync(Guid sessionId, CancellationToken cancellationToken) =>
        (await db.Set<TrainingAttendance>().AsNoTracking().Where(a => a.SessionId == sessionId)
            .OrderBy(a => a.Attendee).ToListAsync(cancellationToken)).ConvertAll(a => a.ToView());

    public async Task<IReadOnlyList<CertificationView>> CertificationsAsync(Guid tenantId, CancellationToken cancellationToken) =>
        (await db.Set<Certification>().AsNoTracking().Where(c => c.TenantId == tenantId)
            .OrderBy(c => c.Attendee).ThenBy(c => c.Role).ToListAsync(cancellationToken)).ConvertAll(c => c.ToView());

    public async Task<TrainingCourseView?> AddCourseAsync(string title, string role, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title) || !Roles.CityRoles.Contains(role))
        {
            return null;
        }

        var course = new TrainingCourse { Title = title.Trim(), Role = role };
        db.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        return course.ToView();
    }

    public async Task<TrainingSessionView?> AddSessionAsync(
        Guid courseId, string slug, DateOnly heldOn, string trainer, CancellationToken cancellationToken)
    {
        if (store.FindBySlug(slug) is not { } city || string.IsNullOrWhiteSpace(trainer)
            || await FindCourseAsync(courseId, cancellationToken) is null)
        {
            return null;
        }

        var session = new TrainingSession { CourseId = courseId, TenantId = city.Id, HeldOn = heldOn, Trainer = trainer.Trim() };
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.ToView();
    }

    public async Task<bool> MarkAttendanceAsync(
        Guid sessionId, string attendee, bool attended, string by, CancellationToken cancellationToken)
    {
        var session = await FindSessionAsync(sessionId, cancellationToken);
        if (session is null || Normalise(attendee) is not { } who)
        {
            return false;
        }

        var course = await FindCourseAsync(session.CourseId, cancellationToken);
        var row = await db.Set<TrainingAttendance>().FindAsync([sessionId, who], cancellationToken);
        if (row is null)
        {
            row = new TrainingAttendance { SessionId = sessionId, Attendee = who, RecordedBy = by };
            db.Add(row);
        }

        row.Attended = attended;
        row.RecordedAt = Now;
        row.RecordedBy = by;
        var earned = await db.Set<Certification>().Where(c => c.SessionId == sessionId && c.Attendee == who).ToListAsync(cancellationToken);
        db.RemoveRange(earned);
        if (attended)
        {
            db.Add(new Certification
            {
                TenantId = session.TenantId, Attendee = who, Role = course!.Role, SessionId = sessionId, CertifiedAt = Now, RecordedBy = by,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> CertifyAsync(string slug, string attendee, string role, string by, CancellationToken cancellationToken)
    {
        if (store.FindBySlug(slug) is not { } city || Normalise(attendee) is not { } who || !Roles.CityRoles.Contains(role))
        {
            return false;
        }

        db.Add(new Certification { TenantId = city.Id, Attendee = who, Role = role, CertifiedAt = Now, RecordedBy = by });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>E-mails compare without case; an id or e-mail longer than a column is refused.</summary>
    private static string? Normalise(string? attendee) =>
        string.IsNullOrWhiteSpace(attendee) || attendee.Trim().Length > 256 ? null : attendee.Trim().ToLowerInvariant();
}
