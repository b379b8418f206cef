using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Requests.Access;
using OpenKazan.Requests.Workflow;

namespace OpenKazan.Requests.Contracts;

/// <summary>
/// What a staff page offers a person on a request they see: the workflow's actions for the capacities the person holds
/// towards it. Inputs such as a reason are checked when the action is taken (<see cref="IRequestCommands"/>).
/// </summary>
public static class RequestOffers
{
    /// <summary>Whether the workflow lets this person take the action now: the page offers only such buttons.</summary>
    public static bool Offers(RequestDto request, WorkflowAction action, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Enum.TryParse<RequestStatus>(request.Status, out var status)
               && RequestWorkflow.Offers(status, action, RequestAccess.ActorsFor(user, request.Requester.UserId, request.OrganisationId));
    }

    /// <summary>Whether the person works the request as staff of the organisation it is assigned to.</summary>
    public static bool WorksOn(RequestDto request, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        return RequestAccess.IsOrganisationStaff(user) && request.OrganisationId == user.OrganisationId;
    }
}
