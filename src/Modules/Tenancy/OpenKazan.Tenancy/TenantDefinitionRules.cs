using System.Text.RegularExpressions;

namespace OpenKazan.Tenancy;

/// <summary>What makes a city definition acceptable, in words an operator can act on.</summary>
public static partial class TenantDefinitionRules
{
    public static readonly IReadOnlySet<string> SupportedLanguages = new HashSet<string>(StringComparer.Ordinal) { "ru", "tt", "en" };

    public static IEnumerable<string> Check(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (tenant.Id == Guid.Empty)
        {
            yield return "id must be a non-empty GUID";
        }

        if (!SlugPattern().IsMatch(tenant.Slug ?? string.Empty))
        {
            yield return $"slug '{tenant.Slug}' must be 2-63 lower-case letters, digits or hyphens";
        }

        if (tenant.Names is null || !tenant.Names.ContainsKey("ru"))
        {
            yield return "names must include a Russian name (ru)";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(tenant.TimeZone ?? string.Empty, out _))
        {
            yield return $"unknown time zone '{tenant.TimeZone}'";
        }

        foreach (var language in (tenant.Languages ?? []).Where(l => !SupportedLanguages.Contains(l)))
        {
            yield return $"language '{language}' is not supported (ru, tt, en)";
        }

        if (tenant.Languages is null || !tenant.Languages.Contains(tenant.DefaultCulture))
        {
            yield return $"the default culture '{tenant.DefaultCulture}' must be one of the city's languages";
        }

        if (string.IsNullOrWhiteSpace(tenant.RequestNumberPrefix) || tenant.RequestNumberPrefix.Length > 6)
        {
            yield return "requestNumberPrefix must have 1-6 characters";
        }

        if (tenant.Isolation?.Mode == IsolationMode.OwnDatabase && string.IsNullOrWhiteSpace(tenant.Isolation.ConnectionStringName))
        {
            yield return "a city with its own database needs isolation.connectionStringName";
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex SlugPattern();
}
