using System.Text.RegularExpressions;
using OpenKazan.BuildingBlocks.Packages;

namespace OpenKazan.Tenancy.Contracts;

/// <summary>What makes a city definition acceptable, in words an operator can act on.</summary>
public static partial class TenantDefinitionRules
{
    public const string TenantFile = "tenant.json";

    public static readonly IReadOnlySet<string> SupportedLanguages = new HashSet<string>(StringComparer.Ordinal) { "ru", "tt", "en" };

    public static IEnumerable<PackageError> Check(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (tenant.Id == Guid.Empty)
        {
            yield return Problem(PackageErrorCodes.TenantIdEmpty);
        }

        if (!SlugPattern().IsMatch(tenant.Slug ?? string.Empty))
        {
            yield return Problem(PackageErrorCodes.SlugFormat, tenant.Slug ?? string.Empty);
        }

        if (tenant.Names is null || !tenant.Names.ContainsKey("ru"))
        {
            yield return Problem(PackageErrorCodes.NameRuMissing);
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(tenant.TimeZone ?? string.Empty, out _))
        {
            yield return Problem(PackageErrorCodes.UnknownTimeZone, tenant.TimeZone ?? string.Empty);
        }

        foreach (var language in (tenant.Languages ?? []).Where(l => !SupportedLanguages.Contains(l)))
        {
            yield return Problem(PackageErrorCodes.UnsupportedLanguage, language);
        }

        if (tenant.Languages is null || !tenant.Languages.Contains(tenant.DefaultCulture))
        {
            yield return Problem(PackageErrorCodes.DefaultCultureNotOffered, tenant.DefaultCulture ?? string.Empty);
        }

        if (string.IsNullOrWhiteSpace(tenant.RequestNumberPrefix) || tenant.RequestNumberPrefix.Length > 6)
        {
            yield return Problem(PackageErrorCodes.PrefixLength);
        }

        if (tenant.Isolation?.Mode == IsolationMode.OwnDatabase && string.IsNullOrWhiteSpace(tenant.Isolation.ConnectionStringName))
        {
            yield return Problem(PackageErrorCodes.ConnectionStringMissing);
        }
    }

    private static PackageError Problem(string code, params string[] arguments) => new(TenantFile, null, code, arguments);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex SlugPattern();
}
