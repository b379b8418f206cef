using System.Diagnostics;
using System.Net.Sockets;

namespace OpenKazan.Benchmarks.Infrastructure;

/// <summary>
/// The product as it is deployed: the host executable in its own process, on a free loopback port, on PostgreSQL,
/// with the demo cities and accounts seeded. The load generator stays in this process, so the two share the cores but
/// not a runtime.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataFolder;

    private HostProcess(Process process, int port, string dataFolder)
    {
        _process = process;
        Port = port;
        _dataFolder = dataFolder;
    }

    public int Port { get; }

    public static async Task<HostProcess> StartAsync(string connectionString, CancellationToken ct)
    {
        var root = RepositoryRoot();
        var hostDll = Path.Combine(root, "src", "OpenKazan.Host", "bin", "Release", "net10.0", "OpenKazan.Host.dll");
        var port = FreePort();
        var dataFolder = Directory.CreateTempSubdirectory("openkazan-bench-").FullName;
        var start = new ProcessStartInfo("dotnet", [hostDll])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = start.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["Database__Provider"] = "PostgreSql";
        environment["Database__MigrateOnStart"] = "true";
        environment["ConnectionStrings__OpenKazan"] = connectionString;
        environment["Seed__TenantsFolder"] = Path.Combine(root, "tenants");
        environment["Seed__DemoRequests"] = "0";
        environment["FileStorage__LocalFolder"] = Path.Combine(dataFolder, "files");
        environment["Email__PickupFolder"] = Path.Combine(dataFolder, "mail");
        environment["Identity__Issuer"] = $"http://localhost:{port}/";
        environment["Logging__LogLevel__Default"] = "Warning";

        // The harness measures intake capacity, not the per-client limiter, which would refuse one client's flood.
        environment["RateLimiting__PermitsPerWindow"] = "1000000000";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"host: {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, port, dataFolder);
        await host.WaitUntilReadyAsync(ct);
        return host;
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenKazan.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("OpenKazan.sln not found above " + AppContext.BaseDirectory);
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} while starting.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250, ct);
        }

        throw new TimeoutException("The host was not ready within 3 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
