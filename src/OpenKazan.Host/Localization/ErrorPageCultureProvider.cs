using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace OpenKazan.Host.Localization;

/// <summary>
/// An error page re-executed for a status code loses the query string; the language the reader chose with
/// <c>?lang=</c> on the link they opened is read from the original one.
/// </summary>
public sealed class ErrorPageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var original = httpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalQueryString;
        var language = string.IsNullOrEmpty(original) ? null : QueryHelpers.ParseQuery(original).GetValueOrDefault("lang").ToString();
        return Task.FromResult(string.IsNullOrEmpty(language) ? null : new ProviderCultureResult(language));
    }
}
