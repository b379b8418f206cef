using Microsoft.AspNetCore.Localization;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.Feedback;
using OpenKazan.Analytics;
using OpenKazan.Files;
using OpenKazan.Host.Caching;
using OpenKazan.Host.Health;
using OpenKazan.Host.Localization;
using OpenKazan.Host.Notifications;
using OpenKazan.Host.Observability;
using OpenKazan.Host.Pages.Status;
using OpenKazan.Host.RateLimiting;
using OpenKazan.Host.Scheduling;
using OpenKazan.Identity;
using OpenKazan.Onboarding;
using OpenKazan.Open311;
using OpenKazan.Persistence;
using OpenKazan.Registry;
using OpenKazan.Requests;
using OpenKazan.Sla;
using OpenKazan.Tenancy;
using Scalar.AspNetCore;

namespace OpenKazan.Host;

/// <summary>Composes the modules into one application; the order of the pipeline is explained where it matters.</summary>
public static class HostSetup
{
    private static readonly string[] UiCultures = ["ru", "tt", "en"];

    public static WebApplicationBuilder AddOpenKazan(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        // No Server banner: nothing tells a scanner which server and version answers. FixMyStreet asks for up to 1,000
        // Open311 ids in one GET (about 18 KB of request line; Kestrel's default is 8 KB).
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = 32 * 1024;
        });
        services.AddSingleton(TimeProvider.System);
        services.AddTenancy(configuration);
        services.AddOpenKazanPersistence(configuration);
        services.AddFileStorage(configuration);
        services.AddOnboarding(configuration);
        services.AddRegistry();
        services.AddSla();
        services.AddRequests(configuration);
        services.AddOpen311();
        services.AddFeedback();
        services.AddAnalytics();
        services.AddScoped<OpenKazan.Analytics.Contracts.IReportWording, Pages.Analytics.ReportWording>();
        services.AddScoped<Seeding.DemoCitySeeder>();
        services.AddOpenKazanAuthorization();
        services.AddOpenKazanIdentity(configuration, builder.Environment);
        services.AddAccountNotifications();

        // Modules add their jobs with services.AddQuartz(q => ...); the nodes share them as one Quartz cluster.
        services.AddOpenKazanScheduler(configuration);
        services.AddProblemDetails();
        services.AddExceptionHandler<Security.TextTooLongHandler>();
        services.AddExceptionHandler<Security.UniqueConflictHandler>();
        services.AddOpenKazanRateLimiting(configuration);
        builder.AddOpenKazanObservability();
        services.AddPublicOutputCaching(configuration);

        // Unreadable JSON or parameters answer 400 problem+json in every environment (Development would throw: a 500).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddOpenApi();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o => o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute<Security.ControlCharacterPageFilter>()));
        services.AddScoped<Security.ControlCharacterPageFilter>();

        // Russian and Tatar text is written as is, not as numeric entities: smaller pages, readable source.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<FileStorageHealthCheck>("file-storage", tags: ["ready"]);
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture("ru").AddSupportedCultures(UiCultures).AddSupportedUICultures(UiCultures);
            options.RequestCultureProviders =
            [
                new CityQueryStringCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new ErrorPageCultureProvider(),
                new CityCookieCultureProvider(),
                new TenantDefaultCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication UseOpenKazan(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<Security.SecurityHeadersMiddleware>();
        if (app.Configuration.GetValue<bool?>("Tenancy:RefuseUnknownHosts") ?? !app.Environment.IsDevelopment())
        {
            app.UseMiddleware<Security.UnknownHostMiddleware>();
        }

        app.UseErrorPages();
        app.MapStaticAssets().AllowAnonymous();

        // The city is resolved before anything reads it: routing, localization, authentication and endpoints.
        app.UseTenantResolution();

        // After the city is resolved (its /t/ prefix gone from the path), before anything binds or stores input.
        app.UseMiddleware<Security.HostileInputMiddleware>();
        app.UseMiddleware<CityTelemetryMiddleware>();
        app.UseRequestLine();
        app.UseRequestLocalization();
        app.UseLanguageCookie();

        // Before routing, so a closed city's page replaces the one asked for; it authenticates to let staff through.
        app.UseMiddleware<CityGate.NotLiveCityGate>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<Security.CookieWriteOriginMiddleware>();

        // After authentication, so limits can be counted per account and per API client, and before authorization,
        // so a flood is refused before any policy work; the city's global limit and the named endpoint policies both apply.
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();

        // After localization and authentication: entries are per language, and a signed-in user is never served one.
        app.UseMiddleware<LargeOutputGate>();
        app.UseOutputCache();

        // Every endpoint names a policy or says it is public (a test enforces it): probes and API docs are public.
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/docs").AllowAnonymous();
        app.MapRazorPages();
        app.MapBrandingEndpoints();
        app.MapRegistryEndpoints();
        app.MapFeatureEndpoints();
        app.MapIdentityEndpoints();
        app.MapSlaEndpoints();
        app.MapRequestEndpoints();
        app.MapOpen311Endpoints();
        app.MapFeedbackEndpoints();
        app.MapAnalyticsEndpoints();
        return app;
    }
}
