using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Domain;
using OpenKazan.Requests.Workflow;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Requests.Access;

/// <summary>
/// Who may see which request, and in which capacities a person acts on one. Residents see their own requests,
/// organisation staff the requests of their own organisation, city staff (operator, dispatcher, committee, admins) all.
/// </summary>
public static class RequestAccess
{
    private static readonly string[] CityWideReaders =
        [Roles.Operator, Roles.Dispatcher, Roles.Committee, Roles.TenantAdmin, Roles.PlatformAdmin];

    public static bool SeesWholeCity(ICurrentUser user) => CityWideReaders.Any(user.IsInRole);

    public static bool IsOrganisationStaff(ICurrentUser user) =>
        user.OrganisationId is not null && (user.IsInRole(Roles.Executor) || user.IsInRole(Roles.OrganisationAdmin));

    /// <summary>Staff see internal comments and personal data; a resident sees neither of others.</summary>
    public static bool IsStaff(ICurrentUser user) => SeesWholeCity(user) || IsOrganisationStaff(user);

    public static IQueryable<ServiceRequest> VisibleTo(this IQueryable<ServiceRequest> requests, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (SeesWholeCity(user))
        {
            return requests;
        }

        var userId = user.UserId;
        var organisationId = IsOrganisationStaff(user) ? user.OrganisationId : null;
        return requests.Where(r => (userId != null && r.RequesterUserId == userId)
                                   || (organisationId != null && r.OrganisationId == organisationId));
    }

    /// <summary>The capacities in which this person may act on this request.</summary>
    public static IReadOnlyList<ActorRole> ActorsFor(ICurrentUser user, ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ActorsFor(user, request.RequesterUserId, request.OrganisationId);
    }

    /// <summary>The capacities in which this person may act on a request filed by this user and assigned to this organisation.</summary>
    public static IReadOnlyList<ActorRole> ActorsFor(ICurrentUser user, Guid? requesterUserId, Guid? organisationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var actors = new List<ActorRole>();
        if (user.UserId is { } id && requesterUserId == id)
        {
            actors.Add(ActorRole.Resident);
        }

        if (IsOrganisationStaff(user) && organisationId == user.OrganisationId)
        {
            actors.Add(ActorRole.Organisation);
        }

        if (user.IsInRole(Roles.Operator))
        {
            actors.Add(ActorRole.Operator);
        }

        if (user.IsInRole(Roles.Dispatcher))
        {
            actors.Add(ActorRole.Dispatcher);
        }

        if (user.IsInRole(Roles.Committee))
        {
            actors.Add(ActorRole.Committee);
        }

        return actors;
    }
}
