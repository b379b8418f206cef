namespace OpenKazan.BuildingBlocks.Files;

/// <summary>
/// Stores files of one city under a key. Implementations keep cities apart themselves (a folder or a
/// container per city), so a key of one city can never reach another city's files.
/// </summary>
public interface IFileStore
{
    Task SaveAsync(Guid tenantId, string key, Stream content, string contentType, CancellationToken cancellationToken);

    Task<StoredFile?> OpenAsync(Guid tenantId, string key, CancellationToken cancellationToken);

    Task DeleteAsync(Guid tenantId, string key, CancellationToken cancellationToken);

    /// <summary>Proves the store answers; used by the readiness probe.</summary>
    Task CheckAsync(CancellationToken cancellationToken);
}

public sealed record StoredFile(Stream Content, string ContentType, long Length) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
