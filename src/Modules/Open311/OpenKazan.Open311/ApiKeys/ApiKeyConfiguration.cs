using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Open311.ApiKeys;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("open311_api_keys");
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Hash).HasMaxLength(64);
        builder.Property(k => k.Hint).HasMaxLength(16);
        builder.HasIndex(k => new { k.TenantId, k.Hash }).IsUnique();
        builder.ReferencesOrganisation(k => k.OrganisationId, DeleteBehavior.Restrict);
    }
}
