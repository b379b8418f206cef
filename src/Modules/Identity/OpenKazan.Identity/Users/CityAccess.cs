using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Persistence;

namespace OpenKazan.Identity.Users;

/// <summary>What a person may do in one city: their roles there plus their global roles, and their organisation.</summary>
public sealed record CityGrants(IReadOnlyList<string> Roles, Guid? OrganisationId);

/// <summary>Reads and changes memberships; the one place that knows how roles are stored.</summary>
public sealed class CityAccess(PlatformDbContext db, UserManager<PlatformUser> users, TimeProvider time)
{
    public async Task<CityGrants> GrantsAsync(PlatformUser user, Guid? tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = (await users.GetRolesAsync(user)).Where(Roles.GlobalRoles.Contains).ToList();
        if (tenantId is not { } city)
        {
            return new CityGrants(roles, null);
        }

        var grants = await CityRoles(user.Id, city).AsNoTracking().ToListAsync(cancellationToken);
        roles.AddRange(grants.Select(g => g.Role).Distinct());
        return new CityGrants(roles, grants.Select(g => g.OrganisationId).FirstOrDefault(o => o is not null));
    }

    /// <summary>
    /// A person becomes a Resident of a city on their first sign-in there. The central team acts in cities through
    /// their global roles and does not join them.
    /// </summary>
    public async Task JoinAsync(PlatformUser user, Guid tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await MembershipAsync(user.Id, tenantId, cancellationToken) is not null
            || (await users.GetRolesAsync(user)).Any(Roles.GlobalRoles.Contains))
        {
            return;
        }

        await GrantAsync(user.Id, tenantId, Roles.Resident, null, cancellationToken);
    }

    public async Task<CityRole> GrantAsync(Guid userId, Guid tenantId, string role, Guid? organisationId, CancellationToken cancellationToken)
    {
        var membership = await MembershipAsync(userId, tenantId, cancellationToken);
        if (membership is null)
        {
            membership = new CityMembership { UserId = userId, TenantId = tenantId, JoinedAt = time.GetUtcNow() };
            db.Memberships.Add(membership);
        }

        var existing = membership.Roles.FirstOrDefault(r => r.Role == role);
        if (existing is not null)
        {
            existing.OrganisationId = organisationId;
            await db.SaveChangesAsync(cancellationToken);
            return existing;
        }

        var grant = new CityRole { Role = role, OrganisationId = organisationId };
        membership.Roles.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        return grant;
    }

    public Task<CityMembership?> MembershipAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken) =>
        db.Memberships.Include(m => m.Roles).FirstOrDefaultAsync(m => m.UserId == userId && m.TenantId == tenantId, cancellationToken);

    private IQueryable<CityRole> CityRoles(Guid userId, Guid tenantId) =>
        db.Set<CityRole>().Where(r => db.Memberships.Any(m => m.Id == r.MembershipId && m.UserId == userId && m.TenantId == tenantId));
}
