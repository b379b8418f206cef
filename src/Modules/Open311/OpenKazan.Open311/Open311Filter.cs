using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OpenKazan.Open311.ApiKeys;
using OpenKazan.Open311.Formatting;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Open311;

/// <summary>Marks an endpoint that accepts no call without a valid api_key (the spec's writes).</summary>
internal sealed class RequiresApiKey;

/// <summary>
/// Runs before every Open311 handler and answers in the spec's error format: the format extension (400), the city
/// and its <c>jurisdiction_id</c> (404), the <c>api_key</c> (403) and the rate limit (429). Parameters are read here
/// by hand, never bound by the framework, so that a malformed one is a spec error and not a framework 400 or 500.
/// </summary>
internal sealed class Open311Filter(
    CurrentTenantAccessor tenants, IOptions<TenancyOptions> tenancy, ApiKeyValidator keys, Open311Quota quota, Open311Call call)
    : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var extension = http.GetRouteValue("format") as string;
        if (!Open311Formats.TryParse(extension, out var format))
        {
            return Open311Errors.BadRequest(Open311Format.Json, $"Unknown format '{extension}': end the path with .json or .xml.");
        }

        call.Format = format;
        if (tenants.Info is not { } city)
        {
            return Open311Errors.NotFound(format, "No jurisdiction here: call Open311 on a city's host or under /t/{city}/.");
        }

        call.City = city;
        call.BaseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/open311/v2";
        call.Query = http.Request.Query;
        if (await ReadFormAsync(http) is { } formError)
        {
            return Open311Errors.BadRequest(format, formError);
        }

        var jurisdiction = call.Parameter("jurisdiction_id");
        if (jurisdiction is not null && !IsThisCity(city, jurisdiction))
        {
            return Open311Errors.NotFound(format, $"jurisdiction_id '{jurisdiction}' is not served here: this is '{city.Slug}'.");
        }

        if (await CheckKeyAsync(http) is { } keyError)
        {
            return keyError;
        }

        var partition = call.Key is { } key ? $"key|{key.Id}" : $"address|{city.Id}|{http.Connection.RemoteIpAddress}";
        if (await quota.RefusalAsync(partition, http.RequestAborted) is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            var client = call.Key is { } limited ? $"api_key '{limited.Name}' ({limited.Hint}…)" : $"calls without an api_key from {http.Connection.RemoteIpAddress}";
            return Open311Errors.TooManyRequests(format,
                $"Rate limit reached for {client}: {quota.Permits} calls per {quota.Window.TotalSeconds:0} s; try again later.");
        }

        return await next(context);
    }

    private async Task<string?> ReadFormAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return null;
        }

        if (!http.Request.HasFormContentType)
        {
            return "POST the parameters as a form (application/x-www-form-urlencoded).";
        }

        try
        {
            call.Form = await http.Request.ReadFormAsync(http.RequestAborted);
            return null;
        }
        catch (InvalidDataException e)
        {
            return $"The form could not be read: {e.Message}";
        }
    }

    private async Task<Open311Result?> CheckKeyAsync(HttpContext http)
    {
        var presented = call.Parameter("api_key");
        if (presented is null)
        {
            return http.GetEndpoint()?.Metadata.GetMetadata<RequiresApiKey>() is null
                ? null
                : Open311Errors.Forbidden(call.Format, "api_key is required: ask the city's administrators for one.");
        }

        call.Key = await keys.FindAsync(presented, http.RequestAborted);
        return call.Key is null
            ? Open311Errors.Forbidden(call.Format, "Invalid api_key: it is unknown or revoked in this city.")
            : null;
    }

    /// <summary>A city is named by its slug, its own host (<c>{slug}.{base domain}</c>) or one of its custom host names.</summary>
    private bool IsThisCity(TenantInfo city, string jurisdiction) =>
        string.Equals(jurisdiction, city.Slug, StringComparison.OrdinalIgnoreCase)
        || string.Equals(jurisdiction, $"{city.Slug}.{tenancy.Value.BaseDomain}", StringComparison.OrdinalIgnoreCase)
        || city.HostNames.Contains(jurisdiction, StringComparer.OrdinalIgnoreCase);
}
