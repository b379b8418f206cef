using OpenKazan.Onboarding.Contracts;
using OpenKazan.Sla.Contracts;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Central;

/// <summary>The new-city wizard's fields, as posted; every step posts all of them.</summary>
public sealed class NewCityForm
{
    private static readonly char[] Separators = [' ', ',', ';', '\n', '\r', '\t'];

    public int Step { get; set; } = 1;

    public Guid Id { get; set; }

    public string Slug { get; set; } = string.Empty;

    public string? HostNames { get; set; }

    public string NameRu { get; set; } = string.Empty;

    public string? NameTt { get; set; }

    public string? NameEn { get; set; }

    public string TimeZone { get; set; } = "Europe/Moscow";

    public string DefaultCulture { get; set; } = "ru";

    public List<string> Languages { get; set; } = ["ru", "tt", "en"];

    public string RequestNumberPrefix { get; set; } = string.Empty;

    public string PrimaryColor { get; set; } = "#1f4e79";

    public string AccentColor { get; set; } = "#f2a900";

    public string? LogoFile { get; set; }

    public string? LogoBase64 { get; set; }

    public IsolationMode Isolation { get; set; } = IsolationMode.SharedDatabase;

    public string? ConnectionStringName { get; set; }

    public string SlaSource { get; set; } = SlaTemplates.Ru416;

    /// <summary>The name of the registry zip uploaded earlier and kept for this draft, shown so it need not be chosen again.</summary>
    public string? DataFileName { get; set; }

    public NewCityDraft ToDraft()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (culture, name) in new[] { ("ru", NameRu), ("tt", NameTt), ("en", NameEn) })
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                names[culture] = name.Trim();
            }
        }

        var logo = LogoFile is { } file && LogoBase64 is { } content ? new NewCityLogo(file, Convert.FromBase64String(content)) : null;
        return new NewCityDraft(
            Id, Slug.Trim(), (HostNames ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(h => h.ToLowerInvariant()).ToList(),
            names, TimeZone.Trim(), DefaultCulture, Languages, RequestNumberPrefix.Trim(), PrimaryColor, AccentColor, logo,
            Isolation, string.IsNullOrWhiteSpace(ConnectionStringName) ? null : ConnectionStringName.Trim(), SlaSource);
    }
}
