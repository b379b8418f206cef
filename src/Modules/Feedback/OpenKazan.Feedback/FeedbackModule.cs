using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenKazan.BuildingBlocks.Caching;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Feedback.Contracts;
using OpenKazan.Feedback.Feedback;
using OpenKazan.Feedback.OpenData;
using OpenKazan.Feedback.PublicRequests;
using OpenKazan.Feedback.Ratings;
using OpenKazan.Feedback.Voting;
using OpenKazan.Feedback.Web;

namespace OpenKazan.Feedback;

public static class FeedbackModule
{
    /// <summary>Public transparency: feedback on requests, votes on managing organisations, ratings and open data.</summary>
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddOptions<TransparencyOptions>().BindConfiguration(TransparencyOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<RateRequestHandler>();
        services.AddScoped<IRequestRating>(sp => sp.GetRequiredService<RateRequestHandler>());
        services.AddScoped<ResidentVerification>();
        services.AddScoped<IResidentAddresses>(sp => sp.GetRequiredService<ResidentVerification>());
        services.AddScoped<VotingService>();
        services.AddScoped<IVoting>(sp => sp.GetRequiredService<VotingService>());
        services.AddScoped<VoteLimits>();
        services.AddScoped<IVoteLimits>(sp => sp.GetRequiredService<VoteLimits>());
        services.AddScoped<RatingsCalculator>();
        services.AddScoped<IOrganisationRatings>(sp => sp.GetRequiredService<RatingsCalculator>());
        services.AddScoped<OpenRequestReader>();
        services.AddScoped<IOpenRequests>(sp => sp.GetRequiredService<OpenRequestReader>());
        services.AddSingleton<ExportFiles>();
        services.AddSingleton<IPublicCityChangeListener>(sp => sp.GetRequiredService<ExportFiles>());
        services.AddSingleton<KeptRatings>();
        services.AddSingleton<IPublicCityChangeListener>(sp => sp.GetRequiredService<KeptRatings>());
        services.AddTransparencyRateLimits();
        return services;
    }

    public static IEndpointRouteBuilder MapFeedbackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapCityApi("/api/transparency", "Transparency");
        group.MapRequestFeedbackEndpoints()
            .MapVotingEndpoints()
            .MapRatingsEndpoints()
            .MapPublicRequestsEndpoints()
            .MapOpenRequestMapEndpoint();
        endpoints.MapOpenDataEndpoints();
        return endpoints;
    }
}
