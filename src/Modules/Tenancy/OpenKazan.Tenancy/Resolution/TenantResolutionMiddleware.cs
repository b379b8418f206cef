using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Resolution;

/// <summary>
/// Finds the city of each request (host first, then the <c>/t/{slug}</c> prefix on the base host) and makes it
/// current for the rest of the pipeline. Unknown and archived cities get a friendly 404 (API callers problem+json);
/// who may use a city that is not live (onboarding, suspended) is the host's decision, made after authentication.
/// </summary>
public sealed class TenantResolutionMiddleware(
    RequestDelegate next,
    HostStrategy hostStrategy,
    PathPrefixStrategy pathStrategy,
    CurrentTenantAccessor accessor,
    IOptions<TenancyOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var resolution = hostStrategy.Resolve(context.Request)
            ?? pathStrategy.Resolve(context.Request)
            ?? new TenantResolution.Central();

        switch (resolution)
        {
            case TenantResolution.Found { Tenant.Status: TenantStatus.Archived } found:
                await RejectAsync(context, found.Tenant.Slug);
                break;
            case TenantResolution.Found found:
                await RunForTenantAsync(context, found);
                break;
            case TenantResolution.Unknown unknown:
                await RejectAsync(context, unknown.Name);
                break;
            default:
                await next(context);
                break;
        }
    }

    private async Task RunForTenantAsync(HttpContext context, TenantResolution.Found found)
    {
        if (found.PathBase.HasValue)
        {
            context.Request.PathBase = found.PathBase;
            context.Request.Path = found.RemainingPath.HasValue ? found.RemainingPath : new PathString("/");
        }

        using (accessor.Use(found.Tenant))
        {
            await next(context);
        }
    }

    private Task RejectAsync(HttpContext context, string name) =>
        CityRefusal.AnswerAsync(context, next, new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Unknown city",
            Detail = $"There is no city '{name}' on this service.",
            Type = "https://openkazan.example/problems/unknown-city",
        }, options.Value.UnknownCityPath, QueryString.Create("city", name));
}
