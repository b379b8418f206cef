using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.NewCity;

/// <summary>What the new-city wizard collects before the data import; <see cref="SlaSource"/> is a template or a city's slug.</summary>
public sealed record NewCityDraft(
    Guid Id,
    string Slug,
    IReadOnlyList<string> HostNames,
    IReadOnlyDictionary<string, string> Names,
    string TimeZone,
    string DefaultCulture,
    IReadOnlyList<string> Languages,
    string RequestNumberPrefix,
    string PrimaryColor,
    string AccentColor,
    NewCityLogo? Logo,
    IsolationMode Isolation,
    string? ConnectionStringName,
    string SlaSource)
{
    /// <summary>The city as the catalog will hold it, still in onboarding; the calendar is given by the caller.</summary>
    public TenantInfo ToTenant(CalendarDefinition calendar) => new()
    {
        Id = Id,
        Slug = Slug,
        Names = Names,
        HostNames = HostNames,
        Status = TenantStatus.Onboarding,
        TimeZone = TimeZone,
        DefaultCulture = DefaultCulture,
        Languages = Languages,
        RequestNumberPrefix = RequestNumberPrefix,
        Branding = new TenantBranding { PrimaryColor = PrimaryColor, AccentColor = AccentColor, Logo = Logo?.FileName },
        Calendar = calendar,
        Isolation = new TenantIsolation
        {
            Mode = Isolation,
            ConnectionStringName = Isolation == IsolationMode.OwnDatabase ? ConnectionStringName : null,
        },
    };
}

/// <summary>An uploaded logo: "logo.svg" or "logo.png" in the package.</summary>
public sealed record NewCityLogo(string FileName, byte[] Content);
