using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Formatting.Compact;

namespace OpenKazan.Host.Observability;

/// <summary>
/// Structured logs (Serilog: readable text in Development, compact JSON elsewhere) and OpenTelemetry traces and
/// metrics. Spans and metrics are exported over OTLP only when an endpoint is configured
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), so nothing leaves the machine by default.
/// </summary>
public static class ObservabilitySetup
{
    public const string ServiceName = "openkazan";

    private const string TextTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {City} {RequestNumber} {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static WebApplicationBuilder AddOpenKazanObservability(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ApplyLogLevelSection(builder.Configuration)
                .ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext()
                .Enrich.With<SecretRedactingEnricher>();
            // The console is written from a background queue: a synchronous console sink serialises every request
            // on its lock (a quarter of a busy host's time under load). A full queue drops events rather than stall requests.
            if (development)
            {
                logger.WriteTo.Async(sink => sink.Console(outputTemplate: TextTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                logger.WriteTo.Async(sink => sink.Console(new CompactJsonFormatter()));
            }
        }, preserveStaticLogger: true); // each host its own logger: tests run several hosts in one process

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddHttpClientInstrumentation()
                .AddSource("Quartz"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// One line per request instead of the framework's several (whose categories are at Warning in production):
    /// method, path without the query (it may carry a request number or a key), status and time. Probes go at Debug.
    /// </summary>
    public static IApplicationBuilder UseRequestLine(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o =>
        {
            // The host's own logger, not the static one: each host (and each test host) has its levels and sinks.
            o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} {StatusCode} {Elapsed:0.0} ms";
            o.GetLevel = (context, _, exception) => exception is not null || context.Response.StatusCode >= 500
                ? Serilog.Events.LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal)
                    ? Serilog.Events.LogEventLevel.Debug
                    : Serilog.Events.LogEventLevel.Information;
        });
}
