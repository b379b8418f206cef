using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using OpenKazan.IntegrationTests.Infrastructure;

namespace OpenKazan.IntegrationTests.ScaleOut;

/// <summary>
/// One real host process (<c>dotnet OpenKazan.Host.dll</c>) on a free 127.0.0.1 port, configured by environment
/// variables exactly as a container would be. Its output is kept to explain a failure.
/// </summary>
public sealed class HostNode : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostNode(string name, int port, Process process)
    {
        Name = name;
        Port = port;
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public int Port { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote, for assertion messages.</summary>
    public string Output => $"--- {Name} (port {Port}) ---\n" + string.Join('\n', _output);

    /// <summary>Runs a host command (such as <c>migrate</c>) to completion and fails with its output if it fails.</summary>
    public static async Task RunCommandAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        using var node = new HostNode("command", 0, Start(settings, args));
        await node._process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(node._process.ExitCode == 0, $"'{string.Join(' ', args)}' failed:\n{node.Output}");
    }

    /// <summary>Starts a node and waits until it answers its readiness probe.</summary>
    public static async Task<HostNode> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var own = new Dictionary<string, string>(settings) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" };
        var node = new HostNode(name, port, Start(own, []));
        // A cold node on a busy machine may take long over its first answer: the deadline below bounds the wait.
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !node.HasExited)
        {
            try
            {
                if ((await probe.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"))).StatusCode == HttpStatusCode.OK)
                {
                    return node;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still warming up.
            }

            await Task.Delay(200);
        }

        var output = node.Output;
        node.Dispose();
        throw new InvalidOperationException($"Node {name} did not become ready:\n{output}");
    }

    /// <summary>SIGKILL: the process gets no chance to finish requests, release locks or say goodbye to the cluster.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
    }

    private static Process Start(IReadOnlyDictionary<string, string> settings, string[] args)
    {
        var dll = HostDll();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    /// <summary>OPENKAZAN_HOST_DLL (tests/two-node.sh sets it), else the host built in the same configuration as the tests.</summary>
    private static string HostDll()
    {
        if (Environment.GetEnvironmentVariable("OPENKAZAN_HOST_DLL") is { Length: > 0 } configured)
        {
            return configured;
        }

        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(TestEnvironment.RepositoryRoot, "src", "OpenKazan.Host", "bin", configuration, "net10.0", "OpenKazan.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the host first (tests/two-node.sh does).", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
