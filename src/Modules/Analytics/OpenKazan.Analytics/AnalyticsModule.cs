using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenKazan.Analytics.Contracts;
using OpenKazan.Analytics.CrossCity;
using OpenKazan.Analytics.Endpoints;
using OpenKazan.Analytics.Facts;
using OpenKazan.Analytics.Generator;
using OpenKazan.Analytics.ReportConstructor;
using OpenKazan.Analytics.SavedReports;
using OpenKazan.Analytics.StageAnalytics;
using OpenKazan.BuildingBlocks.Web;
using Quartz;
using OpenKazan.BuildingBlocks.Scheduling;

namespace OpenKazan.Analytics;

public static class AnalyticsModule
{
    /// <summary>The report constructor, stage analytics, the fact sync job and the data generator.</summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddScoped<RequestFactSync>();
        services.AddScoped<ReportLabels>();
        services.AddScoped<ReportEngine>();
        services.AddSingleton<FactStore>();
        services.AddScoped<StageReport>();
        services.AddScoped<IRequestGenerator, RequestGenerator>();
        services.AddQuartz(q => q.AddRecurringJob<RequestFactSyncJob>(RequestFactSyncJob.Key, TimeSpan.FromMinutes(1)));
        return services;
    }

    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCityApi("/api/analytics", "Analytics").MapReportEndpoints().MapSavedReportEndpoints();
        endpoints.MapCrossCityAnalytics();
        return endpoints;
    }
}
