using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Branding;

/// <summary>
/// The TenantAdmin's change of the city's name, colours and logo. It goes through the central catalog, which bumps
/// its version, so every node picks the change up. Colours land in the page's style sheet, so only <c>#rrggbb</c> is
/// accepted, and the primary colour must keep white text readable (WCAG AA, 4.5:1).
/// </summary>
internal sealed partial class BrandingEditor(TenantCatalog catalog, ITenantStore store) : IBrandingEditor
{
    public async Task<IReadOnlyList<BrandingError>?> SaveAsync(Guid tenantId, BrandingInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (store.FindById(tenantId) is not { } tenant)
        {
            return null;
        }

        var errors = Check(input).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        var names = new Dictionary<string, string>(tenant.Names, StringComparer.Ordinal) { ["ru"] = input.NameRu!.Trim() };
        SetOrRemove(names, "tt", input.NameTt);
        SetOrRemove(names, "en", input.NameEn);
        var branding = tenant.Branding with
        {
            PrimaryColor = input.PrimaryColor!.ToLowerInvariant(),
            AccentColor = input.AccentColor!.ToLowerInvariant(),
            Logo = input.Logo is null ? tenant.Branding.Logo : LogoFileName(input.Logo),
        };
        await catalog.UpsertAsync(tenant with { Names = names, Branding = branding }, input.Logo, ct);
        return errors;
    }

    private static IEnumerable<BrandingError> Check(BrandingInput input)
    {
        if (string.IsNullOrWhiteSpace(input.NameRu))
        {
            yield return new BrandingError("NameRu", "Required");
        }

        foreach (var (field, value) in new[] { ("PrimaryColor", input.PrimaryColor), ("AccentColor", input.AccentColor) })
        {
            if (!Colour().IsMatch(value ?? string.Empty))
            {
                yield return new BrandingError(field, "BadColour");
            }
        }

        if (Colour().IsMatch(input.PrimaryColor ?? string.Empty) && ContrastWithWhite(input.PrimaryColor!) < 4.5)
        {
            yield return new BrandingError("PrimaryColor", "LowContrast");
        }

        if (input.Logo is { } logo && (logo.Content.Length is 0 or > TenantLogo.MaxBytes || LogoFileName(logo) is null))
        {
            yield return new BrandingError("Logo", "BadLogo");
        }
    }

    /// <summary>PNG by its signature, SVG by its opening tag; anything else is refused whatever the browser claimed.</summary>
    private static string? LogoFileName(TenantLogo logo)
    {
        if (logo.ContentType == "image/png" && logo.Content.AsSpan().StartsWith("\x89PNG"u8.ToArray()))
        {
            return "logo.png";
        }

        var head = Encoding.UTF8.GetString(logo.Content, 0, Math.Min(logo.Content.Length, 256)).TrimStart('\uFEFF').TrimStart();
        return logo.ContentType == "image/svg+xml" && (head.StartsWith("<svg", StringComparison.Ordinal) || head.StartsWith("<?xml", StringComparison.Ordinal))
            ? "logo.svg" : null;
    }

    private static void SetOrRemove(Dictionary<string, string> names, string language, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            names.Remove(language);
        }
        else
        {
            names[language] = value.Trim();
        }
    }

    private static double ContrastWithWhite(string colour)
    {
        var luminance = 0.2126 * Channel(colour, 1) + 0.7152 * Channel(colour, 3) + 0.0722 * Channel(colour, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double Channel(string colour, int start)
    {
        var value = int.Parse(colour.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();
}
