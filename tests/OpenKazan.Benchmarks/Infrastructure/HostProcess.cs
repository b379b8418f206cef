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

    public int ProcessId => _process.Id;

    /// <summary>The host's resident memory now (VmRSS), in megabytes; null where /proc is not there.</summary>
    public double? ResidentMegabytes()
    {
        var status = $"/proc/{_process.Id}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)) : null;
        return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>
    /// Waits until the host is idle (under 5 % of a core over 3 s, at most 5 minutes): its start-up work (the
    /// analytics facts, the scheduler's first runs) would otherwise fall on whichever endpoint is measured first.
    /// </summary>
    public async Task<TimeSpan> SettleAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var window = TimeSpan.FromSeconds(3);
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            var before = CpuTime();
            await Task.Delay(window, ct);
            if (before is null || CpuTime() - before < window * 0.05)
            {
                break;
            }
        }

        return clock.Elapsed;
    }

    /// <summary>User and system time the host has used so far (from /proc), null elsewhere.</summary>
    private TimeSpan? CpuTime()
    {
        var stat = $"/proc/{_process.Id}/stat";
        if (!File.Exists(stat))
        {
            return null;
        }

        var fields = File.ReadAllText(stat).Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>The host as the intake harness runs it: Development, framework logging at Warning.</summary>
    public static Task<HostProcess> StartAsync(string connectionString, CancellationToken ct) =>
        StartAsync(connectionString, HostRun.Intake, ct);

    public static async Task<HostProcess> StartAsync(string connectionString, HostRun run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
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
        environment["ASPNETCORE_ENVIRONMENT"] = run.Environment;
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment["Database__Provider"] = "PostgreSql";
        environment["Database__MigrateOnStart"] = "true";
        environment["ConnectionStrings__OpenKazan"] = connectionString;
        environment["Seed__TenantsFolder"] = Path.Combine(root, "tenants");
        environment["Seed__DemoRequests"] = "0";
        environment["FileStorage__LocalFolder"] = Path.Combine(dataFolder, "files");
        environment["Email__PickupFolder"] = Path.Combine(dataFolder, "mail");
        environment["Identity__Issuer"] = $"http://localhost:{port}/";
        foreach (var (name, value) in run.Settings)
        {
            environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"host: {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, port, dataFolder);
        try
        {
            await host.WaitUntilReadyAsync(ct);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>
    /// Runs an operator command of the host executable (e.g. <c>generate requests kazan --count N</c>) on the database,
    /// its output passed through; throws when it fails.
    /// </summary>
    public static async Task RunCommandAsync(string connectionString, IReadOnlyList<string> command, CancellationToken ct)
    {
        var hostDll = Path.Combine(RepositoryRoot(), "src", "OpenKazan.Host", "bin", "Release", "net10.0", "OpenKazan.Host.dll");
        var start = new ProcessStartInfo("dotnet", [hostDll, .. command]) { WorkingDirectory = Path.GetDirectoryName(hostDll)! };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "PostgreSql";
        start.Environment["ConnectionStrings__OpenKazan"] = connectionString;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', command)}' exited with code {process.ExitCode}.");
        }
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

/// <summary>How a harness runs the host: its environment and the settings it overrides (as environment variables).</summary>
public sealed record HostRun(string Environment, IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>
    /// Development with framework logging at Warning; the harness measures intake capacity, not the per-client limiter,
    /// which would refuse one client's flood.
    /// </summary>
    public static HostRun Intake { get; } = new("Development", new Dictionary<string, string>
    {
        ["Logging__LogLevel__Default"] = "Warning",
        ["RateLimiting__PermitsPerWindow"] = "1000000000",
    });
}
