using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenKazan.BuildingBlocks;
using OpenKazan.Registry.Contracts;
using OpenKazan.Registry.Domain;

namespace OpenKazan.Registry.Persistence;

/// <summary>The registry's tables. Every unique index starts with the tenant: codes are unique per city only.</summary>
internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.ToTable("districts");
        builder.Property(d => d.Code).HasMaxLength(64);
        builder.HasIndex(d => new { d.TenantId, d.Code }).IsUnique();
        builder.ComplexProperty(d => d.Name, LocalizedTextColumns.Map);
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.Property(o => o.Code).HasMaxLength(64);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.Inn).HasMaxLength(12);
        builder.Property(o => o.Phone).HasMaxLength(32);
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.HasIndex(o => new { o.TenantId, o.Code }).IsUnique();
        builder.ComplexProperty(o => o.Name, LocalizedTextColumns.Map);
        builder.HasOne<District>().WithMany().HasForeignKey(o => o.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BuildingConfiguration : IEntityTypeConfiguration<Building>
{
    public void Configure(EntityTypeBuilder<Building> builder)
    {
        builder.ToTable("buildings");
        builder.Property(b => b.Code).HasMaxLength(64);
        builder.Property(b => b.Address).HasMaxLength(300);
        builder.Property(b => b.AddressSearch).HasMaxLength(300);
        builder.HasIndex(b => new { b.TenantId, b.Code }).IsUnique();
        builder.HasIndex(b => new { b.TenantId, b.AddressSearch });
        builder.HasIndex(b => new { b.TenantId, b.Latitude, b.Longitude });
        builder.HasOne<District>().WithMany().HasForeignKey(b => b.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(b => b.ManagingOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceCategoryConfiguration : IEntityTypeConfiguration<ServiceCategory>
{
    public void Configure(EntityTypeBuilder<ServiceCategory> builder)
    {
        builder.ToTable("service_categories");
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.Property(c => c.Group).HasMaxLength(32);
        builder.HasIndex(c => new { c.TenantId, c.Code }).IsUnique();
        builder.ComplexProperty(c => c.Name, LocalizedTextColumns.Map);
        builder.HasOne<ServiceCategory>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceCatalogueStampConfiguration : IEntityTypeConfiguration<ServiceCatalogueStamp>
{
    public void Configure(EntityTypeBuilder<ServiceCatalogueStamp> builder)
    {
        builder.ToTable("service_catalogue_stamps");
        builder.HasIndex(s => s.TenantId).IsUnique();
    }
}

internal sealed class ResponsibilityConfiguration : IEntityTypeConfiguration<Responsibility>
{
    public void Configure(EntityTypeBuilder<Responsibility> builder)
    {
        builder.ToTable("responsibilities");
        builder.HasIndex(r => new { r.TenantId, r.CategoryId, r.DistrictId, r.BuildingId });
        builder.HasOne<ServiceCategory>().WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<District>().WithMany().HasForeignKey(r => r.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Building>().WithMany().HasForeignKey(r => r.BuildingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The geometry is unbounded text on every engine; the importer limits its size (PackageBoundaries.MaxLength).</summary>
internal sealed class AreaBoundaryConfiguration : IEntityTypeConfiguration<AreaBoundary>
{
    public void Configure(EntityTypeBuilder<AreaBoundary> builder)
    {
        builder.ToTable("area_boundaries");
        builder.Property(b => b.Name).HasMaxLength(PackageBoundaries.MaxNameLength);
        builder.HasIndex(b => new { b.TenantId, b.DistrictId });
        builder.HasOne<District>().WithMany().HasForeignKey(b => b.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal static class LocalizedTextColumns
{
    public static void Map(ComplexPropertyBuilder<LocalizedText> name)
    {
        name.Property(n => n.Ru).HasColumnName("name_ru").HasMaxLength(300);
        name.Property(n => n.Tt).HasColumnName("name_tt").HasMaxLength(300);
        name.Property(n => n.En).HasColumnName("name_en").HasMaxLength(300);
    }
}
