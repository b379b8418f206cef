using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Pages.Status;

/// <summary>
/// People who open a page get errors as a page of their city, in their language, with a way back; programs (the API,
/// Open311, sign-in endpoints, anything not asking for HTML) keep problem+json.
/// </summary>
public static class ErrorPages
{
    public const string Path = "/error";

    /// <summary>Whether the request is a person's browser asking for a page.</summary>
    public static bool IsPageRequest(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        return !ApiCalls.Is(request)
            && !request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            && !request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase)
            && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Errors of page requests re-run the pipeline on the error page; everything else answers problem+json.</summary>
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app)
    {
        app.UseWhen(IsPageRequest, pages => pages.UseExceptionHandler(Path + "/500").UseStatusCodePagesWithReExecute(Path + "/{0}"));
        app.UseWhen(context => !IsPageRequest(context), programs => programs.UseExceptionHandler().UseStatusCodePages());
        return app;
    }
}
