using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.UnitTests.Tenancy;

public sealed class TenantDefinitionRulesTests
{
    [Fact]
    public void A_complete_definition_has_no_problems()
    {
        Assert.Empty(TenantDefinitionRules.Check(Cities.Kazan));
    }

    [Theory]
    [InlineData("Kazan")]
    [InlineData("-kazan")]
    [InlineData("ka zan")]
    [InlineData("")]
    public void A_bad_slug_is_reported(string slug)
    {
        Assert.Contains(TenantDefinitionRules.Check(Cities.Kazan with { Slug = slug }), p => p.Reason.Contains("slug", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_time_zone_is_reported()
    {
        Assert.Contains(TenantDefinitionRules.Check(Cities.Kazan with { TimeZone = "Mars/Olympus" }), p => p.Reason.Contains("time zone", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unsupported_language_and_a_default_outside_the_languages_are_reported()
    {
        var problems = TenantDefinitionRules.Check(Cities.Kazan with { Languages = ["ru", "fr"], DefaultCulture = "en" }).ToList();

        Assert.Contains(problems, p => p.Reason.Contains("'fr'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Reason.Contains("default culture", StringComparison.Ordinal));
    }

    [Fact]
    public void Own_database_without_a_connection_name_is_reported()
    {
        var tenant = Cities.Kazan with { Isolation = new TenantIsolation { Mode = IsolationMode.OwnDatabase } };

        Assert.Contains(TenantDefinitionRules.Check(tenant), p => p.Reason.Contains("connectionStringName", StringComparison.Ordinal));
    }
}
