using Microsoft.EntityFrameworkCore.Design;
using OpenKazan.Identity.Persistence;
using OpenKazan.Persistence;
using OpenKazan.Tenancy.Catalog;

namespace OpenKazan.Migrations.PostgreSql;

internal sealed class CatalogFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) => DesignTime.Catalog(DatabaseProvider.PostgreSql);
}

internal sealed class CityFactory : IDesignTimeDbContextFactory<CityDbContext>
{
    public CityDbContext CreateDbContext(string[] args) => DesignTime.City(DatabaseProvider.PostgreSql);
}

internal sealed class PlatformFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) => DesignTime.Platform(DatabaseProvider.PostgreSql);
}
