using OpenKazan.Tenancy;
namespace OpenKazan.Tenancy.Contracts;

public enum TenantStatus
{
    Onboarding,
    Active,
    Suspended,
    Archived,
}
