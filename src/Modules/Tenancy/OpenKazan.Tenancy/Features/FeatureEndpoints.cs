using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.FeatureManagement;
using OpenKazan.BuildingBlocks;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Tenancy.Contracts;

namespace OpenKazan.Tenancy.Features;

/// <summary>Which features the current city has (public), and the central team's switch.</summary>
internal static class FeatureEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCityApi("/api/features", "Features").MapGet("/", ListAsync).AllowAnonymous();
        endpoints.MapGroup("/api/central/cities/{slug}/features").WithTags("Central")
            .MapPut("/{feature}", SwitchAsync)
            .RequireAuthorization(Policies.CentralTeam);
        return endpoints;
    }

    public sealed record FeatureState(string Name, bool Enabled);

    public sealed record SwitchFeature(bool Enabled);

    private static async Task<Ok<List<FeatureState>>> ListAsync(IFeatureManager features)
    {
        var states = new List<FeatureState>();
        foreach (var name in CityFeatures.All)
        {
            states.Add(new FeatureState(name, await features.IsEnabledAsync(name)));
        }

        return TypedResults.Ok(states);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SwitchAsync(
        string slug, string feature, SwitchFeature body, ICityFeatureSwitch features, CancellationToken ct) =>
        await features.SwitchAsync(slug, feature, body?.Enabled ?? false, ct) switch
        {
            FeatureSwitchOutcome.UnknownCity => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "Unknown city", detail: $"There is no city '{slug}'."),
            FeatureSwitchOutcome.UnknownFeature => TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest, title: "Unknown feature",
                detail: $"'{feature}' is not a feature; known: {string.Join(", ", CityFeatures.All)}."),
            _ => TypedResults.NoContent(),
        };
}
