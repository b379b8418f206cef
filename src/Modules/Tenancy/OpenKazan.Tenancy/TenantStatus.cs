namespace OpenKazan.Tenancy;

public enum TenantStatus
{
    Onboarding,
    Active,
    Suspended,
    Archived,
}
