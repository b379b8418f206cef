using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenKazan.IntegrationTests.Infrastructure;
using OpenKazan.Persistence;

namespace OpenKazan.BrowserTests;

/// <summary>
/// The real application on Kestrel (127.0.0.1, a free port) and Debian's Chromium driven by Playwright.
/// Chromium resolves <c>*.localhost</c> to loopback, so each city is reached on its own host name.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly KestrelFactory _app = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public int Port { get; private set; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Where the application drops the e-mails it sends (a pickup folder), for links such as the e-mail confirmation.</summary>
    public string MailFolder => _app.MailFolder;

    public static string ScreenshotFolder { get; } = Path.Combine(TestEnvironment.RepositoryRoot, "artifacts", "screenshots");

    public string Url(string host, string path = "/") => $"http://{host}:{Port}{path}";

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_app).InitializeAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address).Port;
        await WarmUpAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("OPENKAZAN_TEST_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A page whose Content-Security-Policy refusals are recorded (see <see cref="CspViolations"/>).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var refused = Violations.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (refused)
                {
                    refused.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        return page;
    }

    /// <summary>What the page's policy refused so far (scripts, styles, images, connections): a page must need none of it.</summary>
    public static IReadOnlyList<string> CspViolations(IPage page)
    {
        var refused = Violations.GetOrCreateValue(page);
        lock (refused)
        {
            return [.. refused];
        }
    }

    private static readonly ConditionalWeakTable<IPage, List<string>> Violations = new();

    /// <summary>
    /// Renders a city page once before the first test, so the server's one-off start-up work (first view render,
    /// resources, the sign-in stack) is not charged to whichever test happens to navigate first on a busy machine.
    /// </summary>
    private async Task WarmUpAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(3) };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{Port}/account/login");
        request.Headers.Host = $"kazan.localhost:{Port}";
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await ((IAsyncLifetime)_app).DisposeAsync();
    }

    private sealed class KestrelFactory : OpenKazanFactory
    {
        public KestrelFactory()
            : base(DatabaseProvider.Sqlite)
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
