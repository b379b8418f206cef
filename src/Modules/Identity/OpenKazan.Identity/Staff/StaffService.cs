using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenKazan.BuildingBlocks.Persistence;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Tenancy;
using OpenKazan.Identity.Contracts;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Mail;
using OpenKazan.Identity.Persistence;
using OpenKazan.Identity.SignUp;
using OpenKazan.Identity.Throttling;
using OpenKazan.Identity.Tokens;
using OpenKazan.Identity.Users;
using OpenKazan.Registry.Contracts;

namespace OpenKazan.Identity.Staff;

/// <summary>
/// Staff of the current city: a TenantAdmin invites anyone to any city role, an OrganisationAdmin only executors
/// of their own organisation (the caller passes that restriction in). An invitee without an account gets one and a
/// link to choose a password.
/// </summary>
internal sealed class StaffService(
    PlatformDbContext db,
    TenantScopedDbContext city,
    UserManager<PlatformUser> users,
    ICurrentTenant currentTenant,
    CityAccess access,
    IAccountNotifier notifier,
    AccountMailOutbox outbox,
    CityUrls urls,
    AccountLimits limits) : IStaffAdministration
{
    public async Task<List<StaffMember>> ListAsync(Guid? organisationId, CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("Staff belong to a city.");
        var rows = await (
                from role in db.Set<CityRole>()
                join membership in db.Memberships on role.MembershipId equals membership.Id
                join user in db.Users on membership.UserId equals user.Id
                where membership.TenantId == tenantId && role.Role != Roles.Resident
                    && (organisationId == null || role.OrganisationId == organisationId)
                select new { role.Id, user.Email, user.FullName, role.Role, role.OrganisationId })
            .AsNoTracking().ToListAsync(cancellationToken);
        var organisations = await city.OrganisationCodesAsync(cancellationToken);
        return rows
            .Select(r => new StaffMember(r.Id, r.Email ?? string.Empty, r.FullName, r.Role,
                r.OrganisationId is { } o && organisations.TryGetValue(o, out var code) ? code : null))
            .OrderBy(r => r.Email, StringComparer.Ordinal).ThenBy(r => r.Role, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<InviteResult> InviteAsync(HttpRequest request, StaffInvitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("Staff belong to a city.");
        if (!Roles.CityRoles.Contains(invitation.Role) || invitation.Role == Roles.Resident)
        {
            return InviteResult.Invalid("role", "Unknown staff role.");
        }

        if (string.IsNullOrWhiteSpace(invitation.Email) || !invitation.Email.Contains('@', StringComparison.Ordinal))
        {
            return InviteResult.Invalid("email", "A valid e-mail address is required.");
        }

        if (!await limits.TryMailAsync(invitation.Email, cancellationToken))
        {
            return InviteResult.Invalid("email", "Too many e-mails went to this address in the last hour; try again later.");
        }

        var bound = invitation.Role is Roles.Executor or Roles.OrganisationAdmin;
        Guid? organisationId = null;
        if (bound)
        {
            var code = invitation.OrganisationCode?.Trim();
            organisationId = await city.OrganisationIdAsync(code, cancellationToken);
            if (organisationId is null)
            {
                return InviteResult.Invalid("organisationCode", "Executors and organisation admins need an organisation of this city.");
            }
        }

        return await db.InOneTransactionAsync(() => CreateGrantAndMailAsync(request, invitation, tenantId, organisationId, cancellationToken), cancellationToken);
    }

    /// <summary>The account (if new), the role and the invitation mail: all saved, or none.</summary>
    private async Task<InviteResult> CreateGrantAndMailAsync(HttpRequest request, StaffInvitation invitation, Guid tenantId, Guid? organisationId, CancellationToken cancellationToken)
    {
        var bound = organisationId is not null;
        var user = await users.FindByEmailAsync(invitation.Email.Trim());
        var isNew = user is null;
        if (user is null)
        {
            user = new PlatformUser { UserName = invitation.Email.Trim(), Email = invitation.Email.Trim(), FullName = invitation.FullName?.Trim() };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return InviteResult.Invalid("email", string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }

        if (bound && await access.MembershipAsync(user.Id, tenantId, cancellationToken) is { } existing
            && existing.Roles.Any(r => r.OrganisationId is { } other && other != organisationId))
        {
            return InviteResult.Invalid("organisationCode", "This person already works for another organisation of this city.");
        }

        var grant = await access.GrantAsync(user.Id, tenantId, invitation.Role, organisationId, cancellationToken);
        var link = isNew
            ? AccountLinks.Build(urls, request, currentTenant.Tenant?.Slug, AccountLinks.ResetPasswordPath, user.Id, await users.GeneratePasswordResetTokenAsync(user))
            : urls.For(request, currentTenant.Tenant?.Slug, "/account/login");
        outbox.Queue(notifier.Invitation(user.Email!, invitation.Role, link));
        await db.SaveChangesAsync(cancellationToken);
        return InviteResult.Done(grant.Id);
    }

    public Task<string?> OrganisationCodeAsync(Guid organisationId, CancellationToken cancellationToken) =>
        city.OrganisationCodeAsync(organisationId, cancellationToken);

    /// <summary>Removes one role of this city; an organisation admin may only remove executors of their organisation.</summary>
    public async Task<bool> RevokeAsync(Guid roleId, Guid? organisationId, CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("Staff belong to a city.");
        var role = await db.Set<CityRole>()
            .Where(r => r.Id == roleId && r.Role != Roles.Resident && db.Memberships.Any(m => m.Id == r.MembershipId && m.TenantId == tenantId))
            .Where(r => organisationId == null || (r.OrganisationId == organisationId && r.Role == Roles.Executor))
            .FirstOrDefaultAsync(cancellationToken);
        if (role is null)
        {
            return false;
        }

        db.Remove(role);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
