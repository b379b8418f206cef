using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Mail;
using OpenKazan.Identity.Throttling;

namespace OpenKazan.Identity.Persistence;

/// <summary>Table names in the snake_case of the other contexts, and the indexes sign-in and the call centre need.</summary>
internal static class PlatformModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<PlatformUser>(e =>
        {
            e.ToTable("identity_users");
            e.Property(u => u.FullName).HasMaxLength(200);
            e.Property(u => u.PhoneDigits).HasMaxLength(20);
            e.HasIndex(u => u.PhoneDigits);
        });
        builder.Entity<PlatformRole>().ToTable("identity_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("identity_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("identity_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("identity_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("identity_user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("identity_role_claims");
        builder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("openiddict_applications");
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("openiddict_authorizations");
        builder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("openiddict_scopes");
        builder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("openiddict_tokens");
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");

        builder.Entity<AttemptCounter>(e =>
        {
            e.ToTable("attempt_counters");
            e.HasKey(c => c.KeyHash);
            e.Property(c => c.KeyHash).HasMaxLength(64).IsFixedLength();
            e.HasIndex(c => c.WindowEndsAtMs);
        });
        builder.Entity<AccountMail>(e =>
        {
            e.ToTable("account_mail_outbox");
            e.Property(m => m.Recipient).HasMaxLength(256);
            e.Property(m => m.Subject).HasMaxLength(300);
            e.Property(m => m.Body).HasMaxLength(8000);
            e.Property(m => m.LastError).HasMaxLength(2000);
            e.HasIndex(m => new { m.Attempts, m.NextAttemptAt });
        });
        builder.Entity<CityMembership>(e =>
        {
            e.ToTable("identity_city_memberships");
            e.HasIndex(m => new { m.UserId, m.TenantId }).IsUnique();
            e.HasIndex(m => m.TenantId);
            e.Property(m => m.Flat).HasMaxLength(20);
            e.HasOne<PlatformUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(m => m.Roles).WithOne().HasForeignKey(r => r.MembershipId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<CityRole>(e =>
        {
            e.ToTable("identity_city_roles");
            e.Property(r => r.Role).HasMaxLength(40);
            e.HasIndex(r => new { r.MembershipId, r.Role }).IsUnique();
            e.HasIndex(r => r.OrganisationId);
        });
    }
}
