using Microsoft.Extensions.Localization;
using OpenKazan.Host.Areas;
using OpenKazan.Requests.Contracts;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>
/// The submission's field errors in the reader's language (the module words them in English for the API); a text that
/// tells a limit takes it as its argument, so the number is written once (<see cref="RequestText.MaxLength"/>).
/// </summary>
public static class SubmitErrors
{
    public static string Text(IStringLocalizer<ResidentResource> text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(field);
        var localized = text["Error_" + field.Replace('.', '_'), RequestText.MaxLength];
        return localized.ResourceNotFound ? text["ErrorGeneric"] : localized.Value;
    }
}
