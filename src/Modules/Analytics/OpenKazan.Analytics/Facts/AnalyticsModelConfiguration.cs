using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenKazan.Analytics.SavedReports;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Analytics.Facts;

/// <summary>
/// The analytics tables. Reports filter by city and period first, organisations see their own rows: the two indexes
/// follow those access paths.
/// </summary>
internal sealed class RequestFactConfiguration : IEntityTypeConfiguration<RequestFact>
{
    public void Configure(EntityTypeBuilder<RequestFact> builder)
    {
        builder.ToTable("analytics_request_facts");
        builder.HasKey(f => f.RequestId);
        builder.Property(f => f.OrganisationType).HasMaxLength(32);
        builder.Property(f => f.CategoryGroup).HasMaxLength(64);
        builder.Property(f => f.Channel).HasMaxLength(16);
        builder.Property(f => f.RequesterKind).HasMaxLength(16);
        builder.Property(f => f.Status).HasMaxLength(16);
        builder.Property(f => f.Priority).HasMaxLength(16);
        builder.HasIndex(f => new { f.TenantId, f.RegisteredOn });
        builder.HasIndex(f => new { f.TenantId, f.OrganisationId, f.RegisteredOn });

        // The report engine's catch-up reads the facts of the folds it has not seen.
        builder.HasIndex(f => new { f.TenantId, f.Run });
        builder.ExtendsRequest(f => f.RequestId, DeleteBehavior.Cascade);
    }
}

internal sealed class FactWatermarkConfiguration : IEntityTypeConfiguration<FactWatermark>
{
    public void Configure(EntityTypeBuilder<FactWatermark> builder)
    {
        builder.ToTable("analytics_fact_watermarks");
        builder.HasIndex(w => w.TenantId).IsUnique();
        builder.Property(w => w.Run).IsConcurrencyToken();
    }
}

internal sealed class SavedReportConfiguration : IEntityTypeConfiguration<SavedReport>
{
    public void Configure(EntityTypeBuilder<SavedReport> builder)
    {
        builder.ToTable("analytics_saved_reports");
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Definition).HasMaxLength(8000);
        builder.HasIndex(r => new { r.TenantId, r.OwnerId });
    }
}
