using Microsoft.AspNetCore.Identity;
using OpenKazan.BuildingBlocks.Persistence;

namespace OpenKazan.Identity.Domain;

/// <summary>A global role of the central team (PlatformAdmin, RolloutManager); city roles are in <see cref="CityRole"/>.</summary>
[GlobalEntity]
public sealed class PlatformRole : IdentityRole<Guid>
{
    public PlatformRole()
    {
        Id = Guid.CreateVersion7();
    }

    public PlatformRole(string name)
        : this()
    {
        Name = name;
    }
}
