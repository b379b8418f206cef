namespace OpenKazan.BuildingBlocks.Tenancy;

/// <summary>The city the current unit of work belongs to; null in the central area.</summary>
public interface ICurrentTenant
{
    TenantContext? Tenant { get; }

    Guid? Id => Tenant?.Id;
}
