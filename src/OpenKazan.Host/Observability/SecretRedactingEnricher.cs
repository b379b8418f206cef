using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace OpenKazan.Host.Observability;

/// <summary>
/// Logs hold no secrets or personal data: in every text property (request lines, URLs, query strings) the values
/// of query parameters that carry codes, tokens, keys, passwords, phones or e-mails are replaced before any sink
/// sees the event. Kept apart from the request-logging configuration so that can change on its own.
/// </summary>
public sealed partial class SecretRedactingEnricher : ILogEventEnricher
{
    public const string Redacted = "***";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        List<(string Name, string Value)>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && text.Contains('=', StringComparison.Ordinal) && Redact(text) is var clean && !ReferenceEquals(clean, text) && clean != text)
            {
                (changed ??= []).Add((name, clean));
            }
        }

        foreach (var (name, clean) in changed ?? [])
        {
            logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(clean)));
        }
    }

    public static string Redact(string text) => SecretParameter().Replace(text, m => m.Groups[1].Value + Redacted);

    // A parameter named code, phone, email or api_key, or holding token, secret or password (refresh_token,
    // id_token_hint, client_secret, newPassword), in a query string or form-like text; other *_code parameters (service_code) stay.
    [GeneratedRegex(@"((?:^|[?&;\s])(?:code|phone|email|e-mail|api_?key|[\w.\-]*(?:token|secret|password)[\w.\-]*)=)[^&;\s#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretParameter();
}
