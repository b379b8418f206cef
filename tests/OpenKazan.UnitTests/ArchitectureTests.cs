using NetArchTest.Rules;

namespace OpenKazan.UnitTests;

/// <summary>The module boundaries, checked on the compiled assemblies.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Building_blocks_depend_on_no_module()
    {
        var result = Types.InAssembly(typeof(OpenKazan.BuildingBlocks.LocalizedText).Assembly)
            .ShouldNot().HaveDependencyOnAny("OpenKazan.Tenancy", "OpenKazan.Registry", "OpenKazan.Persistence", "OpenKazan.Host", "OpenKazan.Onboarding")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Modules_do_not_depend_on_the_host_or_on_the_composed_context()
    {
        var result = Types.InAssemblies([
                typeof(OpenKazan.Tenancy.TenantInfo).Assembly,
                typeof(OpenKazan.Registry.Domain.Building).Assembly,
                typeof(OpenKazan.Files.FileStorageOptions).Assembly,
                typeof(OpenKazan.Onboarding.OnboardingServiceCollectionExtensions).Assembly,
                typeof(OpenKazan.Identity.IdentityServiceCollectionExtensions).Assembly,
                typeof(OpenKazan.Sla.ISlaPlanner).Assembly,
                typeof(OpenKazan.Requests.RequestsModule).Assembly,
                typeof(OpenKazan.Open311.Open311Module).Assembly,
            ])
            .ShouldNot().HaveDependencyOnAny("OpenKazan.Host", "OpenKazan.Persistence")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_tenancy_core_does_not_know_the_modules_built_on_it()
    {
        var result = Types.InAssembly(typeof(OpenKazan.Tenancy.TenantInfo).Assembly)
            .ShouldNot().HaveDependencyOnAny("OpenKazan.Registry", "OpenKazan.Onboarding", "OpenKazan.Files")
            .GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
