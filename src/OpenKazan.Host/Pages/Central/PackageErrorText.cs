using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenKazan.BuildingBlocks.Packages;
using OpenKazan.Host.Areas;

namespace OpenKazan.Host.Pages.Central;

/// <summary>
/// A package problem in the operator's language: its code's text from the central resources ("PackageError_{code}")
/// with its arguments, then how many rows depend on it ("used by 3 buildings").
/// </summary>
public static class PackageErrorText
{
    public static string Render(IStringLocalizer<CentralResource> text, PackageError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        var reason = text["PackageError_" + error.Code, [.. error.Arguments]];
        var sentence = reason.ResourceNotFound ? PackageErrorCodes.InvariantText(error.Code, error.Arguments) : reason.Value;
        if (error.UsedBy.Count == 0)
        {
            return sentence;
        }

        var counts = error.UsedBy.Select(u => text[$"PackageUsedBy_{u.Key}_{Form(u.Value)}", u.Value].Value);
        return text["PackageUsedBy", sentence, string.Join(", ", counts)];
    }

    /// <summary>"one" for the numbers a language says with the singular (1 дом, 21 доме; 1 building), "other" for the rest.</summary>
    private static string Form(int count) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "ru" => count % 10 == 1 && count % 100 != 11 ? "one" : "other",
        "en" => count == 1 ? "one" : "other",
        _ => "other",
    };
}
