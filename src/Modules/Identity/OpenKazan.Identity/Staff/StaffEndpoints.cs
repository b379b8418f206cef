using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Identity.Contracts;

namespace OpenKazan.Identity.Staff;

/// <summary>
/// Staff management API: <c>/api/identity/staff</c> for the city's TenantAdmin (any staff role),
/// <c>/api/identity/organisation/executors</c> for an OrganisationAdmin (executors of their own organisation).
/// </summary>
public static class StaffEndpoints
{
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var staff = endpoints.MapCityApi("/api/identity/staff", "Identity").RequireAuthorization(Policies.TenantAdmin);
        staff.MapGet("/", (IStaffAdministration service, CancellationToken ct) => service.ListAsync(null, ct));
        staff.MapPost("/", (StaffInvitation invitation, IStaffAdministration service, HttpRequest request, CancellationToken ct) =>
            InviteAsync(invitation, service, request, ct));
        staff.MapDelete("/{roleId:guid}", (Guid roleId, IStaffAdministration service, CancellationToken ct) => RevokeAsync(roleId, null, service, ct));

        var executors = endpoints.MapCityApi("/api/identity/organisation/executors", "Identity").RequireAuthorization(Policies.OrganisationAdmin);
        executors.MapGet("/", (ICurrentUser user, IStaffAdministration service, CancellationToken ct) => service.ListAsync(OwnOrganisation(user), ct));
        executors.MapPost("/", async (ExecutorInvitation invitation, ICurrentUser user, IStaffAdministration service, HttpRequest request, CancellationToken ct) =>
        {
            var code = await service.OrganisationCodeAsync(OwnOrganisation(user), ct);
            return await InviteAsync(new StaffInvitation(invitation.Email, invitation.FullName, Roles.Executor, code), service, request, ct);
        });
        executors.MapDelete("/{roleId:guid}", (Guid roleId, ICurrentUser user, IStaffAdministration service, CancellationToken ct) =>
            RevokeAsync(roleId, OwnOrganisation(user), service, ct));
        return endpoints;
    }

    public sealed record ExecutorInvitation(string Email, string? FullName);

    /// <summary>The policy admits only organisation admins, whose principal always names an organisation.</summary>
    private static Guid OwnOrganisation(ICurrentUser user) =>
        user.OrganisationId ?? throw new InvalidOperationException("An organisation admin without an organisation.");

    private static async Task<Results<Created<InviteResult>, ValidationProblem>> InviteAsync(
        StaffInvitation invitation, IStaffAdministration service, HttpRequest request, CancellationToken ct)
    {
        var result = await service.InviteAsync(request, invitation, ct);
        return result.RoleId is { } id
            ? TypedResults.Created($"{request.PathBase}/api/identity/staff/{id}", result)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [result.Field!] = [result.Error!] });
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(Guid roleId, Guid? organisationId, IStaffAdministration service, CancellationToken ct) =>
        await service.RevokeAsync(roleId, organisationId, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such staff role in this city");
}
