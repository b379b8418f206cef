using System.Text;
using System.Text.Json;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Open311.Contracts;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Security;

/// <summary>
/// One rule for control characters and over-long text on every channel, applied before any endpoint sees the input
/// (see docs/security.md, "Input rule"):
/// <list type="bullet">
/// <item>NUL and the C0 controls other than tab, line feed and carriage return are never stored.</item>
/// <item>APIs (JSON API, Open311 form and multipart posts, /connect) refuse them with 400 problem+json naming the field.</item>
/// <item>Page forms are refused too, in words and with the person's text kept (minus the characters), by
/// <see cref="ControlCharacterPageFilter"/>: this middleware drops the characters from a urlencoded page form and
/// marks the request with <see cref="ControlsRemoved"/>. Page query strings just lose them (links, not typed text).</item>
/// <item>No single text value may exceed <see cref="MaxTextLength"/> characters (400), on any channel.</item>
/// <item>A form beyond the form limits (too many fields, too long a value) is 413, not a 500.</item>
/// </list>
/// A page's multipart form is read after routing, under the page's own size limits, by the page filter.
/// </summary>
public sealed class HostileInputMiddleware(RequestDelegate next)
{
    /// <summary>Longer than any legitimate field (a request description is capped far lower by its own rule).</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>A form (page or Open311) larger than this is refused with 413; uploads are multipart and not counted.</summary>
    public const int MaxFormBytes = 1024 * 1024;

    /// <summary>As the framework's own form limit: more fields than this is a 413.</summary>
    public const int MaxFormFields = 1024;

    /// <summary>The key in <see cref="HttpContext.Items"/> that says a page form had control characters, now dropped.</summary>
    public static readonly object ControlsRemoved = new();

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var api = ApiCalls.Is(context.Request);
        var refusal = Refusal.None;
        if (InputText.FindControl(context.Request.Path.Value) is not null)
        {
            refusal = new Refusal(StatusCodes.Status400BadRequest, "path");
        }
        else
        {
            refusal = CheckQuery(context, api);
            if (refusal == Refusal.None)
            {
                refusal = await CheckBodyAsync(context, api);
            }
        }

        if (refusal != Refusal.None)
        {
            await RefuseAsync(context, refusal, api);
            return;
        }

        await next(context);
    }

    private static Refusal CheckQuery(HttpContext context, bool api)
    {
        if (context.Request.Query.Count == 0)
        {
            return Refusal.None;
        }

        var (field, status, cleaned) = Inspect(context.Request.Query, api);
        if (field is not null)
        {
            return new Refusal(status, field);
        }

        if (cleaned is not null)
        {
            context.Request.Query = new QueryCollection(cleaned);
        }

        return Refusal.None;
    }

    private static async Task<Refusal> CheckBodyAsync(HttpContext context, bool api)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || request.ContentType is not { } type)
        {
            return Refusal.None;
        }

        if (type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return await CheckFormAsync(context, api);
        }

        if (api && type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await CheckMultipartAsync(context);
        }

        var json = type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Contains("+json", StringComparison.OrdinalIgnoreCase);
        return json ? await CheckJsonAsync(context) : Refusal.None;
    }

    /// <summary>
    /// Reads the form itself: the framework's reader throws on an encoded control character (%00), which would
    /// leave a page no way to drop it. Beyond <see cref="MaxFormBytes"/> or <see cref="MaxFormFields"/> it is a 413.
    /// The form the endpoint then sees is the one read (and cleaned) here.
    /// </summary>
    private static async Task<Refusal> CheckFormAsync(HttpContext context, bool api)
    {
        var request = context.Request;
        if (request.ContentLength > MaxFormBytes)
        {
            return new Refusal(StatusCodes.Status413PayloadTooLarge, "form");
        }

        byte[] body;
        try
        {
            body = await ReadUpToAsync(request, MaxFormBytes + 1, context.RequestAborted);
        }
        catch (BadHttpRequestException e)
        {
            return new Refusal(e.StatusCode, "form");
        }

        if (body.Length > MaxFormBytes)
        {
            return new Refusal(StatusCodes.Status413PayloadTooLarge, "form");
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        if (form.Count > MaxFormFields)
        {
            return new Refusal(StatusCodes.Status413PayloadTooLarge, "form");
        }

        var (field, status, cleaned) = Inspect(form, api);
        if (field is not null)
        {
            return new Refusal(status, field);
        }

        if (cleaned is not null)
        {
            context.Items[ControlsRemoved] = true;
        }

        context.Features.Set<IFormFeature>(new FormFeature(new FormCollection(cleaned ?? form)));
        return Refusal.None;
    }

    /// <summary>The text fields of an API's multipart form (the uploads' description, name, …) follow the JSON rule.</summary>
    private static async Task<Refusal> CheckMultipartAsync(HttpContext context)
    {
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return new Refusal(StatusCodes.Status413PayloadTooLarge, "form");
        }
        catch (BadHttpRequestException e)
        {
            return new Refusal(e.StatusCode, "form");
        }

        var (field, status, _) = Inspect(form, api: true);
        if (field is not null)
        {
            return new Refusal(status, field);
        }

        // A JSON part (the request of POST /api/requests with photos) carries its text as JSON escapes.
        foreach (var (_, values) in form)
        {
            foreach (var value in values)
            {
                if (value is ['{', ..] or ['[', ..] && JsonText.FindHostileString(Encoding.UTF8.GetBytes(value)) is { } inJson)
                {
                    return new Refusal(StatusCodes.Status400BadRequest, inJson);
                }
            }
        }

        return Refusal.None;
    }

    /// <summary>A page's form without its control characters, and whether it had any (for <see cref="ControlCharacterPageFilter"/>).</summary>
    public static bool TryClean(IFormCollection form, out IFormCollection cleaned)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (_, _, values) = Inspect(form, api: false);
        cleaned = values is null ? form : new FormCollection(values, form.Files);
        return values is not null;
    }

    private static async Task<byte[]> ReadUpToAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while (buffer.Length < limit && (read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        request.Body.Position = 0;
        return buffer.ToArray();
    }

    /// <summary>The first offending field, or the cleaned values when controls were dropped (pages only).</summary>
    private static (string? Field, int Status, Dictionary<string, StringValues>? Cleaned) Inspect(
        IEnumerable<KeyValuePair<string, StringValues>> values, bool api)
    {
        Dictionary<string, StringValues>? cleaned = null;
        foreach (var (key, value) in values)
        {
            if (InputText.FindControl(key) is not null)
            {
                return (ToName(key), StatusCodes.Status400BadRequest, null);
            }

            foreach (var text in value)
            {
                if (text is { Length: > MaxTextLength })
                {
                    return (key, StatusCodes.Status400BadRequest, null);
                }

                if (InputText.FindControl(text) is null)
                {
                    continue;
                }

                if (api)
                {
                    return (key, StatusCodes.Status400BadRequest, null);
                }

                cleaned ??= values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                cleaned[key] = new StringValues(value.Select(InputText.StripControls).ToArray());
            }
        }

        return (null, 0, cleaned);
    }

    private static async Task<Refusal> CheckJsonAsync(HttpContext context)
    {
        context.Request.EnableBuffering();
        byte[] body;
        using (var buffer = new MemoryStream())
        {
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            body = buffer.ToArray();
        }

        context.Request.Body.Position = 0;
        return JsonText.FindHostileString(body) is { } field
            ? new Refusal(StatusCodes.Status400BadRequest, field)
            : Refusal.None;
    }

    private static string ToName(string key) => InputText.StripControls(key) is { Length: > 0 } name ? name : "(field name)";

    private static string Shorten(string field) => field.Length > 80 ? field[..80] + "…" : field;

    private static async Task RefuseAsync(HttpContext context, Refusal refusal, bool api)
    {
        context.Response.StatusCode = refusal.Status;
        refusal = refusal with { Field = Shorten(refusal.Field) };
        var title = refusal.Status == StatusCodes.Status413PayloadTooLarge ? "The form is too large" : "Text with control characters or too long";
        var detail = refusal.Status == StatusCodes.Status413PayloadTooLarge
            ? "The form has too many fields or too long a value."
            : $"The field '{refusal.Field}' contains a control character (such as NUL) or is longer than {MaxTextLength} characters.";
        if (context.Request.Path.StartsWithSegments("/open311", StringComparison.OrdinalIgnoreCase))
        {
            // Open311 clients read the spec's error list, in the format the path's extension asks for.
            await Open311Refusals.Error(context.Request.Path, refusal.Status, detail).ExecuteAsync(context);
            return;
        }

        if (api)
        {
            var problem = new ProblemDetails { Status = refusal.Status, Title = title, Detail = detail };
            problem.Extensions["field"] = refusal.Field;
            await context.Response.WriteAsJsonAsync(problem, (JsonSerializerOptions?)null, "application/problem+json", context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(
            refusal.Status == StatusCodes.Status413PayloadTooLarge
                ? "Форма слишком большая. / The form is too large."
                : $"Слишком длинный текст в поле «{refusal.Field}». / The text in '{refusal.Field}' is too long.",
            context.RequestAborted);
    }

    private sealed record Refusal(int Status, string Field)
    {
        public static readonly Refusal None = new(0, string.Empty);
    }
}
