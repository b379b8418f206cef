using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace OpenKazan.Host.Observability;

/// <summary>
/// Turns the standard <c>Logging:LogLevel</c> section (and its <c>Logging__LogLevel__*</c> environment variables) into
/// Serilog's minimum level and per-category overrides. Serilog replaces the Microsoft logger factory, whose filters
/// would otherwise be silently ignored; a <c>Serilog:MinimumLevel</c> section, read afterwards, still wins.
/// </summary>
public static class LogLevelSettings
{
    public const string Section = "Logging:LogLevel";

    public static LoggerConfiguration ApplyLogLevelSection(this LoggerConfiguration logger, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var (category, value) in configuration.GetSection(Section).AsEnumerable(makePathsRelative: true))
        {
            if (value is null || !Enum.TryParse<LogLevel>(value, ignoreCase: true, out var level))
            {
                continue;
            }

            var serilogLevel = ToSerilog(level);
            if (string.Equals(category, "Default", StringComparison.OrdinalIgnoreCase))
            {
                logger.MinimumLevel.Is(serilogLevel);
            }
            else
            {
                logger.MinimumLevel.Override(category, serilogLevel);
            }
        }

        return logger;
    }

    /// <summary>"None" has no Serilog level: one above Fatal that no event reaches.</summary>
    private static LogEventLevel ToSerilog(LogLevel level) => level switch
    {
        LogLevel.Trace => LogEventLevel.Verbose,
        LogLevel.Debug => LogEventLevel.Debug,
        LogLevel.Information => LogEventLevel.Information,
        LogLevel.Warning => LogEventLevel.Warning,
        LogLevel.Error => LogEventLevel.Error,
        LogLevel.Critical => LogEventLevel.Fatal,
        _ => LogEventLevel.Fatal + 1,
    };
}
