using Microsoft.AspNetCore.Localization;
using OpenKazan.Files;
using OpenKazan.Host.Health;
using OpenKazan.Host.Localization;
using OpenKazan.Onboarding;
using OpenKazan.Persistence;
using OpenKazan.Registry.Endpoints;
using OpenKazan.Tenancy;
using OpenKazan.Tenancy.Features;
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
        services.AddSingleton(TimeProvider.System);
        services.AddTenancy(configuration);
        services.AddOpenKazanPersistence(configuration);
        services.AddFileStorage(configuration);
        services.AddOnboarding();
        services.AddScoped<Seeding.DemoCitySeeder>();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages();

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
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
                new TenantDefaultCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication UseOpenKazan(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapStaticAssets();

        // The city is resolved before anything reads it: routing, localization, authentication and endpoints.
        app.UseTenantResolution();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        app.MapOpenApi();
        app.MapScalarApiReference("/api/docs");
        app.MapRazorPages();
        app.MapBrandingEndpoints();
        app.MapRegistryEndpoints();
        app.MapFeatureEndpoints();
        return app;
    }
}
