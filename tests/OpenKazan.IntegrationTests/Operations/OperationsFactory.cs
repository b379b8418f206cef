using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.IntegrationTests.Requests.Infrastructure;
using OpenKazan.Persistence;
using Serilog.Core;
using Serilog.Events;

namespace OpenKazan.IntegrationTests.Operations;

/// <summary>The requests fixture with every log event kept in memory and a tiny rate limit for Grozny only.</summary>
public sealed class OperationsFactory() : RequestsFactory(DatabaseProvider.Sqlite)
{
    public const int GroznyPermits = 3;

    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
    }

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
    [
        new("RateLimiting:Cities:grozny", GroznyPermits.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Serilog:MinimumLevel:Default", "Debug"),
    ];
}

/// <summary>A Serilog sink that keeps what was written: the rendered message and every property.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public static string Text(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        return logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + logEvent.Exception + " "
            + string.Join(' ', logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
    }
}

[CollectionDefinition(Name)]
public sealed class OperationsCollection : ICollectionFixture<OperationsFactory>
{
    public const string Name = "operations";
}
