using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Open311.ApiKeys;

namespace OpenKazan.Open311.Requests;

/// <summary>
/// The Open311 client as the intake sees it: nobody signed in, named after its key, with no role, so the intake treats
/// it like a resident filing without an account.
/// </summary>
internal sealed class Open311Client(ApiKey key) : ICurrentUser
{
    public Guid? UserId => null;

    public IReadOnlySet<string> Roles { get; } = new HashSet<string>();

    public Guid? OrganisationId => null;

    public string? Name => key.Name;

    public string? Email => null;

    public string? Phone => null;
}
