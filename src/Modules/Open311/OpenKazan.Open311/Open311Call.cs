using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using OpenKazan.Open311.ApiKeys;
using OpenKazan.Open311.Formatting;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Open311;

/// <summary>
/// What <see cref="Open311Filter"/> established about the current call before its handler runs: the format, the
/// city, the client's key and its parameters (the form of a POST, the query string otherwise).
/// </summary>
internal sealed class Open311Call
{
    private TenantInfo? _city;

    public Open311Format Format { get; internal set; }

    public TenantInfo City
    {
        get => _city ?? throw new InvalidOperationException("The Open311 filter has not run for this call.");
        internal set => _city = value;
    }

    public TimeZoneInfo Zone => City.Zone;

    public ApiKey? Key { get; internal set; }

    /// <summary><c>{scheme}://{city host}{path base}/open311/v2</c>: absolute, on the city's own host.</summary>
    public string BaseUrl { get; internal set; } = string.Empty;

    internal IFormCollection? Form { get; set; }

    internal IQueryCollection Query { get; set; } = QueryCollection.Empty;

    /// <summary>A parameter from the form (POST) or the query string, trimmed; null when absent or blank.</summary>
    public string? Parameter(string name)
    {
        var values = Values(name);
        return values.Count > 0 && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;
    }

    public StringValues Values(string name) =>
        Form is not null && Form.TryGetValue(name, out var posted) ? posted : Query[name];

    /// <summary>Every parameter name, so <c>attribute[code]</c> and <c>attribute[code][]</c> can be found.</summary>
    public IEnumerable<string> ParameterNames => (Form?.Keys ?? Enumerable.Empty<string>()).Concat(Query.Keys).Distinct(StringComparer.Ordinal);
}
