using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenKazan.BuildingBlocks.Web;

public static class EndpointGroupExtensions
{
    /// <summary>A group of a city's API: answers only when a city is current.</summary>
    public static RouteGroupBuilder MapCityApi(this IEndpointRouteBuilder endpoints, string prefix, string tag)
    {
        var group = endpoints.MapGroup(prefix).WithTags(tag);
        group.AddEndpointFilter<RequireTenantFilter>();
        return group;
    }
}
