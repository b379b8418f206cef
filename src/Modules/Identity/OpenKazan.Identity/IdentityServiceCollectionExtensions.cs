using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Validation.AspNetCore;
using OpenKazan.BuildingBlocks.Security;
using OpenKazan.BuildingBlocks.Web;
using OpenKazan.Identity.CallCentre;
using OpenKazan.Identity.Contracts;
using OpenKazan.Identity.Domain;
using OpenKazan.Identity.Mail;
using OpenKazan.Identity.Persistence;
using OpenKazan.Identity.Profile;
using OpenKazan.Identity.Seeding;
using OpenKazan.Identity.SignIn;
using OpenKazan.Identity.SignUp;
using OpenKazan.Identity.Staff;
using OpenKazan.Identity.Throttling;
using OpenKazan.Identity.Tokens;
using OpenKazan.Identity.Users;
using Quartz;
using OpenKazan.Registry.Contracts;
using OpenKazan.Tenancy.Contracts;
using OpenKazan.BuildingBlocks.Scheduling;

namespace OpenKazan.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>The scheme every policy uses: a bearer token when the request carries one, else the city's session cookie.</summary>
    public const string DefaultScheme = "OpenKazan";

    /// <summary>
    /// Accounts (ASP.NET Core Identity on <see cref="PlatformDbContext"/>, registered by the host's persistence),
    /// city-bound cookies and tokens, the OpenIddict issuer, the shared attempt counters, the account mail outbox and
    /// the jobs that prune tokens and counters and deliver the mails. The host implements <see cref="IAccountNotifier"/>
    /// (e-mail text in the city's language).
    /// </summary>
    public static IServiceCollection AddOpenKazanIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<OpenKazanIdentityOptions>().Bind(configuration.GetSection(OpenKazanIdentityOptions.SectionName));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<CityAccess>();
        services.AddScoped<CitySignIn>();
        services.AddScoped<ICitySignIn>(sp => sp.GetRequiredService<CitySignIn>());
        services.AddScoped<ISelfServiceAccounts, AccountService>();
        services.AddOptions<AccountLimitOptions>().Bind(configuration.GetSection(AccountLimitOptions.SectionName));
        services.AddScoped<DatabaseAttemptCounters>();
        services.AddScoped<IAttemptCounters>(sp => sp.GetRequiredService<DatabaseAttemptCounters>());
        services.AddSingleton<SharedQuotas>();
        services.AddScoped<AccountLimits>();
        services.AddScoped<AccountMailOutbox>();
        services.AddScoped<AccountMailDelivery>();
        services.AddSingleton<KnownDevices>();
        services.AddScoped<IAccountProfile, ProfileService>();
        services.AddScoped<ICallerAccounts, CallerAccounts>();
        services.AddScoped<IAccountDirectory, AccountDirectory>();
        services.AddScoped<IStaffAdministration, StaffService>();
        services.AddScoped<ICityStaff, CityStaff>();
        services.AddScoped<IRegistryReferenceSource, StaffReferences>();
        services.AddScoped<TokenPrincipals>();
        services.AddScoped<IDemoAccountSeeder, DemoIdentitySeeder>();
        services.AddScoped<DemoClients>();
        services.AddSingleton<CityScopes>();
        services.AddSingleton<CityUrls>();
        services.AddScoped<ICityLinks, CityLinks>();
        services.AddSingleton<CityCookieManager>();

        // Keys shared by every node, so a cookie issued by one is read by all.
        services.AddDataProtection().SetApplicationName("OpenKazan").PersistKeysToDbContext<PlatformDbContext>();
        services.AddIdentityCore<PlatformUser>(ConfigureAccounts)
            .AddRoles<PlatformRole>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<CityPrincipalFactory>();
        services.AddAuthentication(DefaultScheme)
            .AddPolicyScheme(DefaultScheme, "Bearer token or session cookie", o => o.ForwardDefaultSelector = SelectScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, ConfigureCookie);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<CityCookieManager>((o, manager) => o.CookieManager = manager);

        services.AddOpenKazanOpenIddict(environment);
        var mailInterval = configuration.GetSection(OpenKazanIdentityOptions.SectionName).Get<OpenKazanIdentityOptions>()?.AccountMailInterval
            ?? new OpenKazanIdentityOptions().AccountMailInterval;
        services.AddQuartz(q => q
            .AddRecurringJob<TokenPruningJob>(TokenPruningJob.Key, TimeSpan.FromHours(1))
            .AddRecurringJob<AttemptCounterPruningJob>(AttemptCounterPruningJob.Key, TimeSpan.FromMinutes(10))
            .AddRecurringJob<AccountMailJob>(AccountMailJob.Key, mailInterval));
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapConnectEndpoints();
        endpoints.MapPhoneSearch();
        endpoints.MapStaffEndpoints();
        return endpoints;
    }

    private static string SelectScheme(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
            : IdentityConstants.ApplicationScheme;

    private static void ConfigureAccounts(Microsoft.AspNetCore.Identity.IdentityOptions o)
    {
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedEmail = true;
        o.Password.RequiredLength = 8;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = true;
        o.Password.RequireNonAlphanumeric = false;
        o.ClaimsIdentity.UserIdClaimType = OpenKazanClaims.Subject;
        o.ClaimsIdentity.UserNameClaimType = OpenKazanClaims.Email;
        o.ClaimsIdentity.EmailClaimType = OpenKazanClaims.Email;
        o.ClaimsIdentity.RoleClaimType = OpenKazanClaims.Role;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = ".OpenKazan.Session";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.LoginPath = "/account/login";
        o.LogoutPath = "/account/logout";
        o.AccessDeniedPath = "/account/access-denied";
        o.ExpireTimeSpan = TimeSpan.FromDays(14);
        o.SlidingExpiration = true;

        // Machines calling the API get status codes, people get the sign-in page (also when a client sent them to
        // the authorization endpoint, which lives under the API-looking /connect).
        o.Events.OnRedirectToLogin = c => Answer(c, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = c => Answer(c, StatusCodes.Status403Forbidden);
        o.Events.OnValidatePrincipal = SessionRevalidation.ValidateAsync;
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ApiCalls.Is(context.Request) && !context.Request.Path.StartsWithSegments(ConnectEndpoints.AuthorizePath, StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
