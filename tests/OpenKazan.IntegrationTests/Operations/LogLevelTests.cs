using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Persistence;
using Serilog.Core;
using Serilog.Events;

namespace OpenKazan.IntegrationTests.Operations;

/// <summary>
/// The levels in configuration decide what is written: the default from <c>Logging:LogLevel:Default</c>, one category
/// raised by its own key, exactly as an operator sets them through <c>Logging__LogLevel__*</c> variables.
/// </summary>
public sealed class LogLevelTests(LogLevelTests.WarningFactory factory) : IClassFixture<LogLevelTests.WarningFactory>
{
    private const string RequestLine = "Serilog.AspNetCore.RequestLoggingMiddleware";

    [Fact]
    public async Task Only_warnings_reach_the_sink_except_the_request_line_raised_by_its_own_key()
    {
        var city = factory.ClientFor("kazan.localhost");

        var page = await city.GetAsync(new Uri("/ratings", UriKind.Relative));

        page.EnsureSuccessStatusCode();
        var events = factory.Log.Events.ToList();
        var line = Assert.Single(events, e => Source(e) == RequestLine && e.Properties["RequestPath"].ToString() == "\"/ratings\"");
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Equal("\"kazan\"", line.Properties["City"].ToString());
        Assert.DoesNotContain(events, e => e.Level < LogEventLevel.Warning && Source(e) != RequestLine);
    }

    private static string? Source(LogEvent e) =>
        e.Properties.TryGetValue("SourceContext", out var s) && s is ScalarValue { Value: string name } ? name : null;

    public sealed class WarningFactory() : OpenKazanFactory(DatabaseProvider.Sqlite)
    {
        public CapturedLog Log { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
        }

        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [
            new("Logging:LogLevel:Default", "Warning"),
            new("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning"),
            new("Logging:LogLevel:" + RequestLine, "Information"),
        ];
    }
}
