namespace OpenKazan.BuildingBlocks.Security;

/// <summary>
/// The claims every principal of OpenKazan carries. A principal is bound to one city by its immutable id
/// (never its slug, so renaming a subdomain signs nobody out); city roles are valid only in that city.
/// </summary>
public static class OpenKazanClaims
{
    public const string Subject = "sub";
    public const string TenantId = "tenant_id";
    public const string Role = "role";
    public const string OrganisationId = "organisation_id";
    public const string Name = "name";
    public const string Email = "email";
    public const string Phone = "phone_number";
}
