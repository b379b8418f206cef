using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenKazan.Sla.Policy;

namespace OpenKazan.Sla.Persistence;

/// <summary>One policy per city: the unique index on the tenant makes a second row impossible.</summary>
internal sealed class SlaPolicyConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    public void Configure(EntityTypeBuilder<SlaPolicy> builder)
    {
        builder.ToTable("sla_policies");
        builder.HasIndex(p => p.TenantId).IsUnique();
        builder.Property(p => p.Template).HasMaxLength(32);
        builder.Property(p => p.Document);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
