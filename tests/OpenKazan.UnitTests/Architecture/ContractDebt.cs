namespace OpenKazan.UnitTests.Architecture;

/// <summary>
/// The cross-module references that still bypass a contract, module by module. It may only shrink: a test fails on an
/// entry that is no longer used. What remains is the shared-context debt of issue 19: modules query other modules'
/// entities through the one <c>TenantScopedDbContext</c> (Registry's buildings, organisations and categories; Requests'
/// requests, events and deadlines; Feedback's votes) instead of a read port, and Onboarding drives the other modules'
/// package import, catalog and SLA policy types directly.
/// </summary>
internal static class ContractDebt
{
    public static readonly Dictionary<string, string[]> NonContractReferences = new(StringComparer.Ordinal)
    {
        ["Onboarding"] =
        [
            "OpenKazan.Identity.Domain.CityMembership",
            "OpenKazan.Identity.Domain.CityRole",
            "OpenKazan.Identity.Persistence.PlatformDbContext",
            "OpenKazan.Registry.Domain.Building",
            "OpenKazan.Registry.ExportPackage.RegistryPackageWriter",
            "OpenKazan.Registry.ImportPackage.CategoryRow",
            "OpenKazan.Registry.ImportPackage.PackageBoundaries",
            "OpenKazan.Registry.ImportPackage.PackageMap",
            "OpenKazan.Registry.ImportPackage.RegistryImportSummary",
            "OpenKazan.Registry.ImportPackage.RegistryPackage",
            "OpenKazan.Registry.ImportPackage.RegistryPackageImporter",
            "OpenKazan.Registry.ImportPackage.RegistryPackageReader",
            "OpenKazan.Requests.Domain.RequestDeadline",
            "OpenKazan.Requests.Domain.ServiceRequest",
            "OpenKazan.Sla.ImportPackage.SlaPackageReader",
            "OpenKazan.Sla.Policy.SlaPolicy",
            "OpenKazan.Sla.Policy.SlaPolicyDocument",
            "OpenKazan.Sla.Policy.SlaPolicyJson",
            "OpenKazan.Sla.Policy.SlaPolicyStore",
            "OpenKazan.Sla.Policy.SlaTemplates",
            "OpenKazan.Tenancy.Catalog.CatalogDbContext",
            "OpenKazan.Tenancy.Catalog.TenantCatalog",
            "OpenKazan.Tenancy.Catalog.TenantLogo",
            "OpenKazan.Tenancy.TenantDefinitionRules",
            "OpenKazan.Tenancy.TenantJson",
        ],
        ["Sla"] =
        [
            "OpenKazan.Registry.ImportPackage.CategoryRow",
        ],
    };
}
