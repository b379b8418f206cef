using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Sla.Endpoints;
using OpenKazan.Sla.Policy;
using OpenKazan.Sla.Contracts;

namespace OpenKazan.Sla;

public static class SlaServiceCollectionExtensions
{
    /// <summary>The planner, the policy store and the policy's part of a city package; scoped, as they read the current city's data.</summary>
    public static IServiceCollection AddSla(this IServiceCollection services)
    {
        services.AddSingleton<IHybridCacheSerializer<SlaPolicyDocument>, SlaPolicyDocumentSerializer>();
        services.AddScoped<SlaPolicyStore>();
        services.AddScoped<ISlaPolicyPackage, SlaPolicyPackage>();
        services.AddScoped<SlaPolicyEditor>();
        services.AddScoped<ISlaPolicyEditor>(sp => sp.GetRequiredService<SlaPolicyEditor>());
        services.AddScoped<ISlaPlanner, SlaPlanner>();
        return services;
    }

    /// <summary>The SLA API: the city's policy for its administrators and a preview of the deadlines it gives.</summary>
    public static IEndpointRouteBuilder MapSlaEndpoints(this IEndpointRouteBuilder endpoints) => SlaEndpoints.Map(endpoints);
}
