using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Onboarding.Contracts;

/// <summary>
/// The new-city wizard's package: its answers become tenant.json, sla.json and the logo, laid over the uploaded registry
/// files, so that a new city goes through the same checks and the same importer as any package.
/// </summary>
public interface INewCityPackages
{
    /// <summary>The cities whose SLA policy and calendar the wizard may copy.</summary>
    IReadOnlyList<TenantInfo> Sources { get; }

    /// <summary>What the city definition rules find wrong with the draft's city, before any data is uploaded.</summary>
    IReadOnlyList<PackageError> Check(NewCityDraft draft);

    /// <summary>The draft's own files over the uploaded data (a file the wizard made wins); disposing it disposes the data.</summary>
    Task<ICityPackageSource> PackageAsync(NewCityDraft draft, ICityPackageSource data, CancellationToken cancellationToken);
}

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
    internal TenantInfo ToTenant(CalendarDefinition calendar) => new()
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
