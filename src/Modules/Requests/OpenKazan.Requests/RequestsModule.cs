using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Notifications;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Requests.Attachments;
using OpenKazan.Requests.Comments;
using OpenKazan.Requests.Deadlines;
using OpenKazan.Requests.Dispatch;
using OpenKazan.Requests.History;
using OpenKazan.Requests.Lookup;
using OpenKazan.Requests.Notifications;
using OpenKazan.Requests.Notifications.Email;
using OpenKazan.Requests.Queue;
using OpenKazan.Requests.SlaMonitor;
using OpenKazan.Requests.Submit;
using OpenKazan.Requests.Transitions;
using Quartz;
using OpenKazan.Requests.Contracts;
using OpenKazan.BuildingBlocks.Scheduling;

namespace OpenKazan.Requests;

public static class RequestsModule
{
    /// <summary>The request lifecycle: handlers (scoped, per city), e-mail, and the SLA and notification jobs.</summary>
    public static IServiceCollection AddRequests(this IServiceCollection services, IConfiguration configuration)
    {
        var slaMonitorInterval = configuration.GetSection(RequestsOptions.SectionName).Get<RequestsOptions>()?.SlaMonitorInterval ?? TimeSpan.FromMinutes(1);
        services.AddOptions<RequestsOptions>().BindConfiguration(RequestsOptions.SectionName);
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NotificationTemplates>();
        services.AddScoped<RequestJournal>();
        services.AddScoped<NotificationWriter>();
        services.AddScoped<RequestDeadlines>();
        services.AddScoped<DispatchDecisions>();
        services.AddScoped<RequestDispatcher>();
        services.AddScoped<TransitionEffects>();
        services.AddScoped<RequestCommands>();
        services.AddScoped<IRequestCommands>(sp => sp.GetRequiredService<RequestCommands>());
        services.AddScoped<RequestNumberAllocator>();
        services.AddScoped<BuildingLocator>();
        services.AddScoped<INearestBuilding>(sp => sp.GetRequiredService<BuildingLocator>());
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<SubmitRequestHandler>();
        services.AddScoped<IRequestIntake>(sp => sp.GetRequiredService<SubmitRequestHandler>());
        services.AddScoped<CommentWriter>();
        services.AddScoped<IRequestComments>(sp => sp.GetRequiredService<CommentWriter>());
        services.AddScoped<AttachmentSaver>();
        services.AddScoped<IRequestAttachments>(sp => sp.GetRequiredService<AttachmentSaver>());
        services.AddScoped<RequestRows>();
        services.AddScoped<RequestQueries>();
        services.AddScoped<IRequestLookup>(sp => sp.GetRequiredService<RequestQueries>());
        services.AddScoped<WorkQueueReader>();
        services.AddScoped<IWorkQueueReader>(sp => sp.GetRequiredService<WorkQueueReader>());
        services.AddScoped<Overview.CityOverview>();
        services.AddScoped<ICityOverview>(sp => sp.GetRequiredService<Overview.CityOverview>());
        services.AddScoped<SlaIncidentRecorder>();
        services.AddScoped<AutoCloser>();
        services.AddScoped<OutboxDelivery>();
        services.AddSingleton<PickupFolderEmailSender>();
        services.AddSingleton<SmtpEmailSender>();

        // One IEmailSender for the whole product; another module may have registered it first.
        services.TryAddSingleton<IEmailSender>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<EmailOptions>>().Value.SmtpHost)
            ? sp.GetRequiredService<PickupFolderEmailSender>()
            : sp.GetRequiredService<SmtpEmailSender>());
        services.AddQuartz(q => q
            .AddRecurringJob<SlaMonitorJob>(SlaMonitorJob.Key, slaMonitorInterval)
            .AddRecurringJob<OutboxJob>(OutboxJob.Key, TimeSpan.FromSeconds(15)));
        return services;
    }

    public static IEndpointRouteBuilder MapRequestEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapCityApi("/api/requests", "Requests");
        group.MapSubmitEndpoints()
            .MapLookupEndpoints()
            .MapWorkQueueEndpoints()
            .MapTransitionEndpoints()
            .MapCommentEndpoints()
            .MapHistoryEndpoints()
            .MapAttachmentEndpoints()
            .MapSlaIncidentEndpoints();
        endpoints.MapNotificationEndpoints();
        return endpoints;
    }
}
