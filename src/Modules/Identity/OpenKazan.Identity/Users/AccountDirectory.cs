using Microsoft.AspNetCore.Identity;
using OpenKazan.Identity.Contracts;
using OpenKazan.Identity.Domain;

namespace OpenKazan.Identity.Users;

internal sealed class AccountDirectory(UserManager<PlatformUser> users) : IAccountDirectory
{
    public async Task<AccountEmail?> EmailOfAsync(Guid userId, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return await users.FindByIdAsync(userId.ToString()) is { } user ? new AccountEmail(user.Email ?? string.Empty, user.EmailConfirmed) : null;
    }

    public async Task<Guid?> IdByEmailAsync(string email, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return (await users.FindByEmailAsync(email))?.Id;
    }
}
