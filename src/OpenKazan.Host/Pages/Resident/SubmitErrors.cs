using Microsoft.Extensions.Localization;
using OpenKazan.Host.Areas;

namespace OpenKazan.Host.Pages.Resident;

/// <summary>The submission's field errors in the reader's language (the module words them in English for the API).</summary>
public static class SubmitErrors
{
    public static string Text(IStringLocalizer<ResidentResource> text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(field);
        var localized = text["Error_" + field.Replace('.', '_')];
        return localized.ResourceNotFound ? text["ErrorGeneric"] : localized.Value;
    }
}
