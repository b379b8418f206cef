using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OpenKazan.BuildingBlocks.Caching;

namespace OpenKazan.Feedback.OpenData;

/// <summary>One built export: the file on this node, when its rows were read, and its validator.</summary>
internal sealed record ExportFile(string Path, DateTimeOffset ReadAt, long Build)
{
    public string ETag => $"\"{ReadAt.UtcTicks:x}-{Build:x}\"";
}

/// <summary>
/// Each city's CSV exports (per period) written once from the database into a file on this node and then sent from
/// that file to every visitor, with its ETag and Last-Modified (304 to a visitor holding it): a download costs a file
/// send, never a query, and no node holds an export in memory. A file is rebuilt on the next download when its city's
/// public data changed since its rows were read and it is at least <c>OutputCache:ExportSeconds</c> (default 600) old,
/// or when it is a day old (changes this node did not see); one build per file at a time, the other downloads wait
/// for it. 0 seconds turns the files off (each download is streamed from the database).
/// </summary>
internal sealed partial class ExportFiles(IConfiguration configuration, TimeProvider time, ILogger<ExportFiles> logger)
    : IPublicCityChangeListener, IDisposable
{
    private static readonly TimeSpan LongestKept = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<(Guid City, string Name), Slot> _slots = new();
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _changedAt = new();
    private long _builds;
    private readonly TimeSpan _shortestKept = TimeSpan.FromSeconds(configuration.GetValue("OutputCache:ExportSeconds", 600));
    private readonly string _folder = Path.Combine(
        configuration["OpenData:ExportFolder"] ?? Path.Combine(Path.GetTempPath(), "openkazan-open-data"), Guid.NewGuid().ToString("N"));

    public bool Enabled => _shortestKept > TimeSpan.Zero;

    public void CityChanged(Guid cityId) => _changedAt[cityId] = time.GetUtcNow();

    /// <summary>The city's current file of this name, built by <paramref name="write"/> first when it is missing or stale.</summary>
    public async Task<ExportFile> GetAsync(Guid cityId, string name, Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        var slot = _slots.GetOrAdd((cityId, name), _ => new Slot());
        if (slot.File is { } current && IsFresh(cityId, current))
        {
            return current;
        }

        await slot.Gate.WaitAsync(ct);
        try
        {
            if (slot.File is { } built && IsFresh(cityId, built))
            {
                return built;
            }

            var fresh = await BuildAsync(cityId, name, write);
            var old = slot.File;
            slot.File = fresh;
            if (old is not null)
            {
                Delete(old.Path);
            }

            return fresh;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private bool IsFresh(Guid cityId, ExportFile file)
    {
        var age = time.GetUtcNow() - file.ReadAt;
        var changed = _changedAt.TryGetValue(cityId, out var at) && at >= file.ReadAt;
        return age < LongestKept && (!changed || age < _shortestKept);
    }

    /// <summary>Written under a temporary name and renamed when complete, so a half-written file is never sent.</summary>
    private async Task<ExportFile> BuildAsync(Guid cityId, string name, Func<Stream, CancellationToken, Task> write)
    {
        Directory.CreateDirectory(_folder);
        var readAt = time.GetUtcNow();
        var path = Path.Combine(_folder, $"{cityId:N}-{name}-{readAt.UtcTicks:x}");
        var started = time.GetTimestamp();
        await using (var file = new FileStream(path + ".part", FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            // Not the visitor's token: the others waiting for this file should not lose it when the first one leaves.
            await write(file, CancellationToken.None);
        }

        File.Move(path + ".part", path);
        LogBuilt(logger, name, cityId, new FileInfo(path).Length, time.GetElapsedTime(started).TotalMilliseconds);
        return new ExportFile(path, readAt, Interlocked.Increment(ref _builds));
    }

    /// <summary>A download still sending the old file keeps it readable until it ends (POSIX); elsewhere it stays behind.</summary>
    private void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException e)
        {
            LogNotDeleted(logger, path, e);
        }
    }

    public void Dispose()
    {
        foreach (var slot in _slots.Values)
        {
            slot.Gate.Dispose();
        }

        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException e)
        {
            LogNotDeleted(logger, _folder, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Open-data export {Name} of city {CityId} built: {Bytes} bytes in {Milliseconds:0} ms")]
    private static partial void LogBuilt(ILogger logger, string name, Guid cityId, long bytes, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The old open-data export {Path} was not deleted")]
    private static partial void LogNotDeleted(ILogger logger, string path, Exception exception);

    private sealed class Slot
    {
        private ExportFile? _file;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>Read without the gate by downloads that find it fresh.</summary>
        public ExportFile? File
        {
            get => Volatile.Read(ref _file);
            set => Volatile.Write(ref _file, value);
        }
    }
}
