using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Identity.Contracts;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Users;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Registry.Contracts;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Identity.Seeding;

/// <summary>
/// Development only: one demo account per role in every city (<c>{role}@{slug}.demo</c>), the central team
/// (<c>platform@openkazan.demo</c>, <c>rollout@openkazan.demo</c>), all with <see cref="Password"/>, and the
/// demo OIDC clients. Executors and organisation admins work for the city's first managing organisation by code.
/// Idempotent: what exists is left alone.
/// </summary>
internal sealed class DemoIdentitySeeder(
    UserManager<PlatformUser> users,
    RoleManager<PlatformRole> roles,
    CityAccess access,
    ITenantStore store,
    TenantScopeFactory scopes,
    DemoClients clients) : IDemoAccountSeeder
{
    public const string Password = "Demo123!";

    /// <summary>The local part of each city role's demo e-mail.</summary>
    public static IReadOnlyDictionary<string, string> Mailboxes { get; } = new Dictionary<string, string>
    {
        [Roles.Resident] = "resident",
        [Roles.Operator] = "operator",
        [Roles.Dispatcher] = "dispatcher",
        [Roles.Executor] = "executor",
        [Roles.OrganisationAdmin] = "orgadmin",
        [Roles.Committee] = "committee",
        [Roles.TenantAdmin] = "admin",
    };

    /// <summary>Demo accounts carry people's names: pages show them to residents and staff, and a role name is no name.</summary>
    private static readonly Dictionary<string, string> PersonNames = new()
    {
        [Roles.Resident] = "Айгуль Сафина",
        [Roles.Operator] = "Марина Хасанова",
        [Roles.Dispatcher] = "Ильдар Галиев",
        [Roles.Executor] = "Рустем Закиров",
        [Roles.OrganisationAdmin] = "Лилия Нуриева",
        [Roles.Committee] = "Тимур Валиев",
        [Roles.TenantAdmin] = "Алсу Гарипова",
    };

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.GlobalRoles)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new PlatformRole(role)));
            }
        }

        await GlobalAsync("platform@openkazan.demo", "Platform Admin", Roles.PlatformAdmin);
        await GlobalAsync("rollout@openkazan.demo", "Rollout Manager", Roles.RolloutManager);
        foreach (var city in store.All.Where(c => c.Status == TenantStatus.Active))
        {
            var organisation = await FirstManagingOrganisationAsync(city, cancellationToken);
            foreach (var (role, mailbox) in Mailboxes)
            {
                var bound = role is Roles.Executor or Roles.OrganisationAdmin;
                if (bound && organisation is null)
                {
                    continue;
                }

                var user = await AccountAsync($"{mailbox}@{city.Slug}.demo", PersonNames[role]);
                if (await access.MembershipAsync(user.Id, city.Id, cancellationToken) is not { } m || m.Roles.All(r => r.Role != role))
                {
                    await access.GrantAsync(user.Id, city.Id, role, bound ? organisation : null, cancellationToken);
                }
            }
        }

        await clients.SeedAsync(cancellationToken);
    }

    private async Task GlobalAsync(string email, string name, string role)
    {
        var user = await AccountAsync(email, name);
        if (!await users.IsInRoleAsync(user, role))
        {
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    private async Task<PlatformUser> AccountAsync(string email, string name)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }

        var user = new PlatformUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name };
        Check(await users.CreateAsync(user, Password));
        return user;
    }

    private async Task<Guid?> FirstManagingOrganisationAsync(TenantInfo city, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(city);
        var db = scope.Services.GetRequiredService<BuildingBlocks.Persistence.TenantScopedDbContext>();
        return await db.FirstManagingOrganisationAsync(cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
