using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenKazan.Registry.Contracts;
using OpenKazan.Requests.Contracts;
using OpenKazan.Requests.Domain;

namespace OpenKazan.Requests.Persistence;

/// <summary>
/// The request tables. Relationships are plain foreign keys; every unique index starts with the city.
/// Enums are stored as text so the data reads the same on every engine and survives reordering.
/// </summary>
internal sealed class ServiceRequestConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> builder)
    {
        builder.ToTable("requests");
        builder.Property(r => r.Number).HasMaxLength(32);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.HeldFrom).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.RequesterKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.RequesterName).HasMaxLength(200);
        builder.Property(r => r.RequesterPhone).HasMaxLength(32);
        builder.Property(r => r.RequesterPhoneDigits).HasMaxLength(32);
        builder.Property(r => r.RequesterEmail).HasMaxLength(254);
        builder.Property(r => r.Culture).HasMaxLength(8);
        builder.Property(r => r.Flat).HasMaxLength(16);
        builder.Property(r => r.Entrance).HasMaxLength(16);
        builder.Property(r => r.Description).HasMaxLength(RequestText.MaxLength);
        builder.Property(r => r.ResolutionReport).HasMaxLength(RequestText.MaxLength);

        // A plain number kept by the application works the same on SQLite, PostgreSQL and SQL Server.
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.TenantId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.BuildingId, r.CategoryId, r.Status });
        builder.HasIndex(r => new { r.TenantId, r.OrganisationId, r.Status });
        builder.HasIndex(r => new { r.TenantId, r.RequesterUserId });
        builder.HasIndex(r => new { r.TenantId, r.RequesterPhoneDigits });

        // The committee's overview counts today's intake, the month's resolutions and the open requests of a city
        // with millions of rows: each count reads a range of one of these.
        builder.HasIndex(r => new { r.TenantId, r.RegisteredAt });
        builder.HasIndex(r => new { r.TenantId, r.ResolvedAt });
        builder.HasIndex(r => new { r.TenantId, r.Status });

        // The work queues: open requests, emergencies first, then by the current stage's deadline; read page by page
        // along one of these (the whole city, or one organisation's), never sorted in memory.
        // The queue's counts group the open set by these columns: carried in the index (PostgreSQL and SQL Server), the
        // counts read the index alone instead of one table page per open request (560 -> 32 ms at 2.4 M, docs/benchmarks.md).
        string[] queueCounts =
        [
            nameof(ServiceRequest.Status), nameof(ServiceRequest.OrganisationId), nameof(ServiceRequest.CategoryId),
            nameof(ServiceRequest.BuildingId), nameof(ServiceRequest.Channel), nameof(ServiceRequest.QueueWarnAt),
        ];
        builder.HasIndex(r => new { r.TenantId, r.InQueue, r.Urgency, r.QueueDueAt, r.Number }).HasDatabaseName("IX_requests_queue")
            .HasAnnotation("Npgsql:IndexInclude", queueCounts)
            .HasAnnotation("SqlServer:Include", queueCounts);
        builder.HasIndex(r => new { r.TenantId, r.OrganisationId, r.InQueue, r.Urgency, r.QueueDueAt, r.Number })
            .HasDatabaseName("IX_requests_organisation_queue");
        builder.ReferencesBuilding(r => r.BuildingId, DeleteBehavior.Restrict);
        builder.ReferencesCategory(r => r.CategoryId, DeleteBehavior.Restrict);
        builder.ReferencesOrganisation(r => r.OrganisationId, DeleteBehavior.Restrict);
    }
}

internal sealed class RequestNumberCounterConfiguration : IEntityTypeConfiguration<RequestNumberCounter>
{
    public void Configure(EntityTypeBuilder<RequestNumberCounter> builder)
    {
        builder.ToTable("request_number_counters");
        builder.HasIndex(c => new { c.TenantId, c.Year }).IsUnique();
    }
}

internal sealed class RequestEventConfiguration : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> builder)
    {
        builder.ToTable("request_events");
        builder.Property(e => e.Kind).HasMaxLength(32);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.ActorRole).HasMaxLength(32);
        builder.Property(e => e.Reason).HasMaxLength(RequestText.MaxLength);
        builder.HasIndex(e => new { e.TenantId, e.RequestId, e.At });

        // The Open311 updates feed reads the history of a period.
        builder.HasIndex(e => new { e.TenantId, e.At });
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestChangeConfiguration : IEntityTypeConfiguration<RequestChange>
{
    public void Configure(EntityTypeBuilder<RequestChange> builder)
    {
        builder.ToTable("request_changes");
        builder.HasIndex(c => c.TenantId);
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestCommentConfiguration : IEntityTypeConfiguration<RequestComment>
{
    public void Configure(EntityTypeBuilder<RequestComment> builder)
    {
        builder.ToTable("request_comments");
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.Property(c => c.Text).HasMaxLength(RequestText.MaxLength);
        builder.HasIndex(c => new { c.TenantId, c.RequestId, c.At });
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestAttachmentConfiguration : IEntityTypeConfiguration<RequestAttachment>
{
    public void Configure(EntityTypeBuilder<RequestAttachment> builder)
    {
        builder.ToTable("request_attachments");
        builder.Property(a => a.FileKey).HasMaxLength(200);
        builder.Property(a => a.ThumbnailKey).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(64);
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.HasIndex(a => new { a.TenantId, a.RequestId });
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DispatchDecisionConfiguration : IEntityTypeConfiguration<DispatchDecision>
{
    public void Configure(EntityTypeBuilder<DispatchDecision> builder)
    {
        builder.ToTable("dispatch_decisions");
        builder.Property(d => d.Rule).HasMaxLength(32);
        builder.Property(d => d.Reason).HasMaxLength(RequestText.MaxLength);
        builder.HasIndex(d => new { d.TenantId, d.RequestId, d.At });
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestDeadlineConfiguration : IEntityTypeConfiguration<RequestDeadline>
{
    public void Configure(EntityTypeBuilder<RequestDeadline> builder)
    {
        builder.ToTable("request_deadlines");
        builder.Property(d => d.Stage).HasMaxLength(16);
        builder.HasIndex(d => new { d.TenantId, d.RequestId, d.Stage }).IsUnique();
        builder.HasIndex(d => new { d.TenantId, d.CompletedAt, d.WarnAt });
        builder.HasIndex(d => new { d.TenantId, d.DueAt });
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestPauseConfiguration : IEntityTypeConfiguration<RequestPause>
{
    public void Configure(EntityTypeBuilder<RequestPause> builder)
    {
        builder.ToTable("request_pauses");
        builder.Property(p => p.Reason).HasMaxLength(RequestText.MaxLength);
        builder.HasIndex(p => new { p.TenantId, p.RequestId });
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(p => p.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SlaIncidentConfiguration : IEntityTypeConfiguration<SlaIncident>
{
    public void Configure(EntityTypeBuilder<SlaIncident> builder)
    {
        builder.ToTable("sla_incidents");
        builder.Property(i => i.Stage).HasMaxLength(16);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Notify).HasMaxLength(32);

        // Recording is idempotent: a second monitor run (or a second node) hits this index and moves on.
        builder.HasIndex(i => new { i.TenantId, i.RequestId, i.Stage, i.Kind, i.Level }).IsUnique();
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StageDurationConfiguration : IEntityTypeConfiguration<StageDuration>
{
    public void Configure(EntityTypeBuilder<StageDuration> builder)
    {
        builder.ToTable("stage_durations");
        builder.Property(d => d.Stage).HasMaxLength(16);
        builder.HasIndex(d => new { d.TenantId, d.RequestId, d.Stage }).IsUnique();
        builder.HasIndex(d => new { d.TenantId, d.OrganisationId, d.EndedAt });
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
