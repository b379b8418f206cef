using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenKazan.Identity.Domain;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>Identity's own hasher, counting its work: known and unknown e-mails must cost the same number of hashes.</summary>
public sealed class CountingPasswordHasher() : PasswordHasher<PlatformUser>(Options.Create(new PasswordHasherOptions()))
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override string HashPassword(PlatformUser user, string password)
    {
        Interlocked.Increment(ref _count);
        return base.HashPassword(user, password);
    }

    public override PasswordVerificationResult VerifyHashedPassword(PlatformUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _count);
        return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
