using System.IO.Compression;
using System.Text;

namespace OpenKazan.BuildingBlocks.Packages;

/// <summary>A city package uploaded as a zip: files at the root of the archive, or inside one top folder.</summary>
public sealed class ZipPackageSource : ICityPackageSource, IDisposable
{
    /// <summary>Bigger uploads are refused: a real city package is a few megabytes.</summary>
    public const long MaxEntryBytes = 64 * 1024 * 1024;

    private readonly ZipArchive _archive;

    public ZipPackageSource(Stream zip)
    {
        _archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: false);
    }

    public async Task<string?> ReadTextAsync(string fileName, CancellationToken cancellationToken) =>
        await ReadBytesAsync(fileName, cancellationToken) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    public async Task<byte[]?> ReadBytesAsync(string fileName, CancellationToken cancellationToken)
    {
        var entry = _archive.Entries.FirstOrDefault(e => e.FullName == fileName)
            ?? _archive.Entries.FirstOrDefault(e => e.FullName.Count(c => c == '/') == 1 && e.Name == fileName);
        if (entry is null)
        {
            return null;
        }

        if (entry.Length > MaxEntryBytes)
        {
            throw new InvalidDataException($"{fileName} is larger than {MaxEntryBytes / 1024 / 1024} MB.");
        }

        await using var stream = await entry.OpenAsync(cancellationToken);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    public void Dispose() => _archive.Dispose();
}
