using System.Globalization;

namespace OpenKazan.TenantGenerator.Validation;

/// <summary>WCAG 2.x contrast ratio, used to check that white text is readable on a city's primary colour.</summary>
internal static class Contrast
{
    public static double WithWhite(string hexColor) => 1.05 / (RelativeLuminance(hexColor) + 0.05);

    private static double RelativeLuminance(string hex)
    {
        double Channel(int offset)
        {
            double c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
