using Microsoft.AspNetCore.Identity;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Identity.Domain;

/// <summary>A person's account: one for every city (the roles live in <see cref="CityMembership"/>).</summary>
[GlobalEntity]
public sealed class PlatformUser : IdentityUser<Guid>
{
    public PlatformUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public string? FullName { get; set; }

    /// <summary>Digits of <see cref="IdentityUser{TKey}.PhoneNumber"/> only, so the call centre finds "+7 (843) 2..." by "78432...".</summary>
    public string? PhoneDigits { get; set; }

    public void SetPhone(string? phone)
    {
        PhoneNumber = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        PhoneDigits = PhoneNumbers.Digits(PhoneNumber);
    }
}
