using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using OpenKazan.IntegrationTests.Identity;

namespace OpenKazan.IntegrationTests.Security;

/// <summary>
/// Gives each test request a client address, as a proxy would: the one the test names in
/// <see cref="Browser.ClientAddressHeader"/>, else a new one per request, so tests that do not care about
/// addresses never share (and use up) one address's limits.
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.TryParse(context.Request.Headers[Browser.ClientAddressHeader], out var named)
                ? named
                : new IPAddress(Random.Shared.NextInt64(0x0B000000, 0x0BFFFFFF));
            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>A new address for one test's actor, unlike any other test's.</summary>
    public static string New() => new IPAddress(Random.Shared.NextInt64(0x0C000000, 0x0CFFFFFF)).ToString();
}
