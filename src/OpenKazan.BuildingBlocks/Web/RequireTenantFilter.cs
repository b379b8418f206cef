using Microsoft.AspNetCore.Http;
using OpenKazan.BuildingBlocks.Tenancy;

namespace OpenKazan.BuildingBlocks.Web;

/// <summary>City endpoints answer only on a city's host: in the central area they do not exist.</summary>
public sealed class RequireTenantFilter(ICurrentTenant currentTenant) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (currentTenant.Id is null)
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not a city",
                detail: "This endpoint belongs to a city: call it on the city's host or under /t/{city}/."));
        }

        return next(context);
    }
}
