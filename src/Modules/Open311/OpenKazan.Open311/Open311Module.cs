using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.Open311.ApiKeys;
using OpenKazan.Open311.Discovery;
using OpenKazan.Open311.Media;
using OpenKazan.Open311.Requests;
using OpenKazan.Open311.Services;
using OpenKazan.Open311.Updates;

namespace OpenKazan.Open311;

/// <summary>An Open311 GeoReport v2 server for every city, on the city's own host; the intake is the Requests module's.</summary>
public static class Open311Module
{
    public static IServiceCollection AddOpen311(this IServiceCollection services)
    {
        services.AddOptions<Open311Options>().BindConfiguration(Open311Options.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Open311Quota>();
        services.AddScoped<Open311Call>();
        services.AddScoped<ApiKeyValidator>();
        services.AddScoped<RequestReader>();
        services.AddScoped<LocationResolver>();
        services.AddScoped<PublicMedia>();
        services.AddHostedService<DevelopmentKeySeeder>();
        return services;
    }

    /// <summary>
    /// The GeoReport v2 paths (anonymous for the framework: the api_key, checked by <see cref="Open311Filter"/>, is their
    /// authentication) and the administrators' key management.
    /// </summary>
    public static IEndpointRouteBuilder MapOpen311Endpoints(this IEndpointRouteBuilder endpoints)
    {
        var open311 = endpoints.MapGroup("/open311").WithTags("Open311").AllowAnonymous().AddEndpointFilter<Open311Filter>();
        open311.MapGet("/discovery.{format}", DiscoveryEndpoint.Get).WithName("Open311Discovery");

        var v2 = open311.MapGroup("/v2");
        v2.MapGet("/services.{format}", ServicesEndpoints.ListAsync).WithName("Open311Services").CacheOutput(PublicOutput.Page);
        v2.MapGet("/services/{code}.{format}", ServicesEndpoints.DefinitionAsync).WithName("Open311ServiceDefinition");
        v2.MapPost("/requests.{format}", CreateRequestEndpoint.CreateAsync).WithName("Open311CreateRequest").WithMetadata(new RequiresApiKey());
        v2.MapGet("/requests.{format}", ReadRequestsEndpoints.ListAsync).WithName("Open311Requests");
        v2.MapGet("/requests/{id}.{format}", ReadRequestsEndpoints.GetAsync).WithName("Open311Request").CacheOutput(PublicOutput.Request);
        v2.MapGet("/tokens/{token}.{format}", ReadRequestsEndpoints.TokenAsync).WithName("Open311Token");
        v2.MapGet("/servicerequestupdates.{format}", UpdatesEndpoints.ListAsync).WithName("Open311Updates");
        v2.MapPost("/servicerequestupdates.{format}", PostUpdateEndpoint.PostAsync).WithName("Open311PostUpdate").WithMetadata(new RequiresApiKey());


        // A photo link is opened by browsers and image fetchers, not Open311 clients: no format, key or Open311 error body.
        endpoints.MapGet("/open311/v2/media/{token}", MediaEndpoint.GetAsync).WithTags("Open311").AllowAnonymous().WithName("Open311Media");

        endpoints.MapOpen311KeyEndpoints();
        return endpoints;
    }
}
