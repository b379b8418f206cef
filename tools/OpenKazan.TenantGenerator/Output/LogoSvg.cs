using OpenKazan.TenantGenerator.Model;

namespace OpenKazan.TenantGenerator.Output;

/// <summary>
/// A small hand-drawn emblem: the city's initial in white on the primary colour, with an accent outline.
/// Each city gets its own shape so the logos differ at a glance, not only by colour.
/// </summary>
internal static class LogoSvg
{
    public static string Create(CityProfile profile)
    {
        var branding = profile.Branding;
        string shape = branding.Shape switch
        {
            LogoShape.Circle =>
                $"""
                  <circle cx="32" cy="32" r="30" fill="{branding.PrimaryColor}"/>
                  <circle cx="32" cy="32" r="25" fill="none" stroke="{branding.AccentColor}" stroke-width="3"/>
                """,
            LogoShape.Shield =>
                $"""
                  <path d="M32 2 L58 10 V30 C58 46 47 56 32 62 C17 56 6 46 6 30 V10 Z" fill="{branding.PrimaryColor}"/>
                  <path d="M32 8 L53 14 V30 C53 43 44 51 32 56 C20 51 11 43 11 30 V14 Z" fill="none" stroke="{branding.AccentColor}" stroke-width="3"/>
                """,
            LogoShape.Hexagon =>
                $"""
                  <polygon points="32,2 58,17 58,47 32,62 6,47 6,17" fill="{branding.PrimaryColor}"/>
                  <polygon points="32,8 53,20 53,44 32,56 11,44 11,20" fill="none" stroke="{branding.AccentColor}" stroke-width="3"/>
                """,
            _ => throw new ArgumentOutOfRangeException(nameof(profile), branding.Shape, "Unknown logo shape."),
        };

        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64" role="img" aria-label="{profile.Names.Ru}">
              <title>{profile.Names.Ru}</title>
            {shape}
              <text x="32" y="42" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="28" font-weight="700" fill="#ffffff">{branding.Initial}</text>
            </svg>

            """;
    }
}
