using Microsoft.EntityFrameworkCore;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Catalog;

/// <summary>
/// The catalog of cities, kept apart from city data: it must be readable before any city is known.
/// </summary>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : CentralDbContext(options)
{
    public DbSet<CatalogTenant> Tenants => Set<CatalogTenant>();

    public DbSet<CatalogHostName> HostNames => Set<CatalogHostName>();

    public DbSet<CatalogVersion> Versions => Set<CatalogVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<CatalogTenant>(b =>
        {
            b.ToTable("catalog_tenants");
            b.HasKey(t => t.Id);
            b.Property(t => t.Id).ValueGeneratedNever();
            b.Property(t => t.Slug).HasMaxLength(63);
            b.HasIndex(t => t.Slug).IsUnique();
            b.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(t => t.LogoContentType).HasMaxLength(64);
            b.HasMany(t => t.HostNames).WithOne().HasForeignKey(h => h.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CatalogHostName>(b =>
        {
            b.ToTable("catalog_host_names");
            b.HasKey(h => h.HostName);
            b.Property(h => h.HostName).HasMaxLength(253);
        });
        modelBuilder.Entity<CatalogVersion>(b =>
        {
            b.ToTable("catalog_version");
            b.HasKey(v => v.Id);
            b.Property(v => v.Id).ValueGeneratedNever();
            b.HasData(new CatalogVersion { Id = CatalogVersion.SingletonId, Version = 0 });
        });
    }
}
