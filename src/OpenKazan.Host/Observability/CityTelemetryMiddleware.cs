using Microsoft.AspNetCore.Http.Features;
using OpenKazan.BuildingBlocks.Tenancy;
using Serilog.Context;

namespace OpenKazan.Host.Observability;

/// <summary>
/// Once the city is known, names it on the request's span, on the ASP.NET Core request metrics and on every log
/// line written while the request runs. Only the slug: never who asked or what they wrote.
/// </summary>
public sealed class CityTelemetryMiddleware(RequestDelegate next)
{
    public const string CityAttribute = "openkazan.city";

    public const string CityLogProperty = "City";

    public async Task InvokeAsync(HttpContext context, ICurrentTenant tenant)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(tenant);
        var city = tenant.Tenant?.Slug ?? "central";
        System.Diagnostics.Activity.Current?.SetTag(CityAttribute, city);
        context.Features.Get<IHttpMetricsTagsFeature>()?.Tags.Add(new(CityAttribute, city));
        using (LogContext.PushProperty(CityLogProperty, city))
        {
            await next(context);
        }
    }
}
