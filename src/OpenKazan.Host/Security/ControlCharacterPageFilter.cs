using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace OpenKazan.Host.Security;

/// <summary>
/// The input rule on pages (docs/security.md, "Input rule"): a form with NUL or another C0 control character is
/// refused like on the API, but in words: the page is shown again (its GET handler, status 400) with the person's
/// text minus those characters and a message asking them to check it and send again; the POST handler never runs,
/// so nothing is stored. A urlencoded form was cleaned by <see cref="HostileInputMiddleware"/>; a multipart form is
/// read and cleaned here, after the page's own size limits apply.
/// </summary>
public sealed class ControlCharacterPageFilter(IStringLocalizer<SharedResource> text) : IAsyncPageFilter
{
    private static readonly object Refused = new();

    public async Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || !http.Request.HasFormContentType || !await HadControlsAsync(http))
        {
            return;
        }

        var show = context.ActionDescriptor.HandlerMethods.FirstOrDefault(h =>
            string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase) && h.Name is null);
        if (show is not null)
        {
            context.HandlerMethod = show;
            http.Items[Refused] = true;
        }
    }

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.Items.ContainsKey(Refused))
        {
            context.HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.ModelState.AddModelError(string.Empty, text["ControlCharactersRefused"]);
        }

        return next();
    }

    private static async Task<bool> HadControlsAsync(HttpContext http)
    {
        if (http.Items.ContainsKey(HostileInputMiddleware.ControlsRemoved))
        {
            return true;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!HostileInputMiddleware.TryClean(form, out var cleaned))
        {
            return false;
        }

        http.Features.Set<IFormFeature>(new FormFeature(cleaned));
        return true;
    }
}
