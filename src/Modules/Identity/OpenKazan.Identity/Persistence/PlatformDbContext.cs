using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenKazan.Identity.Domain;

namespace OpenKazan.Identity.Persistence;

/// <summary>
/// Data shared by every city: accounts, city memberships, OpenIddict's clients and tokens, and the data
/// protection keys every node signs cookies with. Never tenant-scoped; city rows are found by user and city id.
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options)
    : IdentityDbContext<PlatformUser, PlatformRole, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<CityMembership> Memberships => Set<CityMembership>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        PlatformModel.Configure(builder);
    }
}
