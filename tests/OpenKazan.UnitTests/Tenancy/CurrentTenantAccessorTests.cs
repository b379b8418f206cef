using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.UnitTests.Tenancy;

public sealed class CurrentTenantAccessorTests
{
    [Fact]
    public void A_scope_sets_the_city_and_restores_the_previous_one()
    {
        var accessor = new CurrentTenantAccessor();
        using (accessor.Use(Cities.Kazan))
        {
            using (accessor.Use(Cities.Grozny))
            {
                Assert.Equal("grozny", accessor.Info!.Slug);
            }

            Assert.Equal("kazan", accessor.Info!.Slug);
        }

        Assert.Null(accessor.Info);
    }

    [Fact]
    public async Task Concurrent_flows_never_see_each_others_city()
    {
        var accessor = new CurrentTenantAccessor();
        async Task<string?> RunAs(OpenKazan.Tenancy.Contracts.TenantInfo city)
        {
            using (accessor.Use(city))
            {
                await Task.Delay(20);
                return accessor.Info?.Slug;
            }
        }

        var results = await Task.WhenAll(RunAs(Cities.Kazan), RunAs(Cities.Grozny), RunAs(Cities.Kazan));

        Assert.Equal(new string?[] { "kazan", "grozny", "kazan" }, results.AsEnumerable());
        Assert.Null(accessor.Info);
    }

    [Fact]
    public void The_context_carries_the_immutable_id()
    {
        var accessor = new CurrentTenantAccessor();
        using var scope = accessor.Use(Cities.Kazan);

        Assert.Equal(Cities.Kazan.Id, ((OpenKazan.BuildingBlocks.Tenancy.ICurrentTenant)accessor).Id);
    }

    [Fact]
    public void Every_read_of_one_catalog_version_shares_one_parsed_context()
    {
        var accessor = new CurrentTenantAccessor();
        using var scope = accessor.Use(Cities.Kazan);

        Assert.Same(accessor.Tenant, accessor.Tenant);
        Assert.Same(accessor.Tenant!.Calendar, accessor.Tenant.Calendar);
        Assert.Same(accessor.Tenant.TimeZone, Cities.Kazan.Zone);
    }

    [Fact]
    public void A_new_catalog_version_gets_its_own_context()
    {
        var moved = Cities.Kazan with { TimeZone = "Asia/Yekaterinburg" };

        Assert.Equal("Europe/Moscow", Cities.Kazan.ToContext().TimeZoneId);
        Assert.Equal("Asia/Yekaterinburg", moved.ToContext().TimeZoneId);
        Assert.Equal("Asia/Yekaterinburg", moved.Zone.Id);
    }
}
