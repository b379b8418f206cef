using Microsoft.AspNetCore.Http;

namespace OpenKazan.Identity.Contracts;

public sealed record StaffMember(Guid RoleId, string Email, string? FullName, string Role, string? OrganisationCode);

public sealed record StaffInvitation(string Email, string? FullName, string Role, string? OrganisationCode);

public sealed record InviteResult(Guid? RoleId, string? Field, string? Error)
{
    public static InviteResult Done(Guid roleId) => new(roleId, null, null);

    public static InviteResult Invalid(string field, string error) => new(null, field, error);
}

/// <summary>
/// Staff of the current city: a TenantAdmin invites anyone to any city role, an OrganisationAdmin only executors of
/// their own organisation (passed in as <c>organisationId</c>; null for the whole city).
/// </summary>
public interface IStaffAdministration
{
    Task<List<StaffMember>> ListAsync(Guid? organisationId, CancellationToken cancellationToken);

    Task<InviteResult> InviteAsync(HttpRequest request, StaffInvitation invitation, CancellationToken cancellationToken);

    Task<string?> OrganisationCodeAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <summary>Removes one role of this city; false when there is no such role the caller may remove.</summary>
    Task<bool> RevokeAsync(Guid roleId, Guid? organisationId, CancellationToken cancellationToken);
}
