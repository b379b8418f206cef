using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Files;

namespace OpenKazan.Files;

/// <summary>The embedded default: a folder per city under the data folder, the content type in a side file.</summary>
public sealed class LocalFolderFileStore(IOptions<FileStorageOptions> options, Microsoft.Extensions.Hosting.IHostEnvironment environment) : IFileStore
{
    private string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.LocalFolder));

    public async Task SaveAsync(Guid tenantId, string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var path = PathOf(tenantId, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = File.Create(path))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        await File.WriteAllTextAsync(path + ".meta", JsonSerializer.Serialize(new Meta(contentType)), cancellationToken);
    }

    public async Task<StoredFile?> OpenAsync(Guid tenantId, string key, CancellationToken cancellationToken)
    {
        var path = PathOf(tenantId, key);
        if (!File.Exists(path))
        {
            return null;
        }

        var meta = JsonSerializer.Deserialize<Meta>(await File.ReadAllTextAsync(path + ".meta", cancellationToken));
        var stream = File.OpenRead(path);
        return new StoredFile(stream, meta?.ContentType ?? "application/octet-stream", stream.Length);
    }

    public Task DeleteAsync(Guid tenantId, string key, CancellationToken cancellationToken)
    {
        var path = PathOf(tenantId, key);
        File.Delete(path);
        File.Delete(path + ".meta");
        return Task.CompletedTask;
    }

    public Task CheckAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        var probe = Path.Combine(Root, ".ready");
        File.WriteAllText(probe, "ok");
        return Task.CompletedTask;
    }

    private string PathOf(Guid tenantId, string key) =>
        Path.Combine(Root, tenantId.ToString("N"), FileKey.Check(key).Replace('/', Path.DirectorySeparatorChar));

    private sealed record Meta(string ContentType);
}
