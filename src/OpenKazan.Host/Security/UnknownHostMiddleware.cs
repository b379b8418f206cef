using System.Net;
using Microsoft.Extensions.Options;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Catalog;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Host.Security;

/// <summary>
/// Host filtering: only our own names are served — the base domain and its subdomains (a mistyped city gets the
/// friendly "no such city" page), the cities' own host names from the catalog, the names in
/// <c>Tenancy:ExtraHosts</c>, and bare addresses (probes and the proxy reach a node by its address). Any other Host
/// is a 400 before anything reads it. On outside Development unless <c>Tenancy:RefuseUnknownHosts</c> says otherwise.
/// </summary>
public sealed class UnknownHostMiddleware(RequestDelegate next, ITenantStore store, IOptionsMonitor<TenancyOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsOurs(context.Request.Host.Host.TrimEnd('.').ToLowerInvariant()))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Unknown host.", context.RequestAborted);
    }

    private bool IsOurs(string host)
    {
        var tenancy = options.CurrentValue;
        var baseDomain = tenancy.BaseDomain.ToLowerInvariant();
        return host == baseDomain
            || host.EndsWith("." + baseDomain, StringComparison.Ordinal)
            || IPAddress.TryParse(host, out _)
            || tenancy.ExtraHosts.Contains(host, StringComparer.OrdinalIgnoreCase)
            || store.FindByHostName(host) is not null;
    }
}
