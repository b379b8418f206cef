namespace OpenKazan.BuildingBlocks.Packages;

/// <summary>The files of one city package (a folder or a zip); see docs/tenant-package.md.</summary>
public interface ICityPackageSource
{
    /// <summary>The text of a file of the package, or null when the package has no such file.</summary>
    Task<string?> ReadTextAsync(string fileName, CancellationToken cancellationToken);

    Task<byte[]?> ReadBytesAsync(string fileName, CancellationToken cancellationToken);
}

/// <summary>A package in a folder on the server (the demo cities in <c>tenants/</c>, or an operator's upload).</summary>
public sealed class FolderPackageSource(string folder) : ICityPackageSource
{
    public string Folder { get; } = folder;

    public async Task<string?> ReadTextAsync(string fileName, CancellationToken cancellationToken)
    {
        var path = PathOf(fileName);
        return File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : null;
    }

    public async Task<byte[]?> ReadBytesAsync(string fileName, CancellationToken cancellationToken)
    {
        var path = PathOf(fileName);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    private string PathOf(string fileName)
    {
        // A package names its own files only: no folders, so a logo name cannot walk out of the package.
        if (fileName.Contains('/', StringComparison.Ordinal) || fileName.Contains('\\', StringComparison.Ordinal) || fileName.StartsWith('.'))
        {
            throw new ArgumentException($"'{fileName}' is not a file name of a package.", nameof(fileName));
        }

        return Path.Combine(Folder, fileName);
    }
}
