using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Identity.Persistence;
using OpenKazan.Persistence;

namespace OpenKazan.IntegrationTests.Operations;

/// <summary>
/// A context's options are built once per connection string, not once per request: every scope of the host (each
/// request is one) gets the same instance, and a context made from them still works.
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class SharedContextOptionsTests(OperationsFactory factory)
{
    [Fact]
    public async Task Two_requests_share_one_set_of_options_per_context()
    {
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();

        Assert.Same(Options<CityDbContext>(first), Options<CityDbContext>(second));
        Assert.Same(Options<PlatformDbContext>(first), Options<PlatformDbContext>(second));
        Assert.NotSame(first.ServiceProvider.GetRequiredService<CityDbContext>(), second.ServiceProvider.GetRequiredService<CityDbContext>());
        Assert.True(await second.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.CanConnectAsync());
    }

    private static DbContextOptions<TContext> Options<TContext>(AsyncServiceScope scope)
        where TContext : DbContext =>
        scope.ServiceProvider.GetRequiredService<DbContextOptions<TContext>>();
}
