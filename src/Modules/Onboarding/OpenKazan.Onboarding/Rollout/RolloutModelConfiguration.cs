using Microsoft.EntityFrameworkCore;

namespace OpenKazan.Onboarding.Rollout;

/// <summary>The rollout and training tables; they join the catalog's model (central data, never city-owned).</summary>
public static class RolloutModelConfiguration
{
    private const int EmailLength = 256;
    private const int RoleLength = 32;

    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<RolloutTick>(b =>
        {
            b.ToTable("rollout_ticks");
            b.HasKey(t => new { t.TenantId, t.Step });
            b.Property(t => t.Step).HasConversion<string>().HasMaxLength(32);
            b.Property(t => t.DoneBy).HasMaxLength(EmailLength);
        });
        modelBuilder.Entity<TrainingCourse>(b =>
        {
            b.ToTable("training_courses");
            b.HasKey(c => c.Id);
            b.Property(c => c.Title).HasMaxLength(200);
            b.Property(c => c.Role).HasMaxLength(RoleLength);
        });
        modelBuilder.Entity<TrainingSession>(b =>
        {
            b.ToTable("training_sessions");
            b.HasKey(s => s.Id);
            b.Property(s => s.Trainer).HasMaxLength(200);
            b.HasOne<TrainingCourse>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(s => s.TenantId);
        });
        modelBuilder.Entity<TrainingAttendance>(b =>
        {
            b.ToTable("training_attendance");
            b.HasKey(a => new { a.SessionId, a.Attendee });
            b.Property(a => a.Attendee).HasMaxLength(EmailLength);
            b.Property(a => a.RecordedBy).HasMaxLength(EmailLength);
            b.HasOne<TrainingSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Certification>(b =>
        {
            b.ToTable("certifications");
            b.HasKey(c => c.Id);
            b.Property(c => c.Attendee).HasMaxLength(EmailLength);
            b.Property(c => c.Role).HasMaxLength(RoleLength);
            b.Property(c => c.RecordedBy).HasMaxLength(EmailLength);
            b.HasIndex(c => new { c.TenantId, c.Attendee, c.Role, c.SessionId });
        });
    }
}
