using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Files;

namespace OpenKazan.Files;

/// <summary>Files on Azure Blob Storage (or Azurite): one container per city keeps cities apart.</summary>
public sealed class AzureBlobFileStore : IFileStore
{
    private readonly BlobServiceClient _service;
    private readonly string _prefix;

    public AzureBlobFileStore(IOptions<FileStorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = options.Value.AzureConnectionString
            ?? throw new InvalidOperationException("FileStorage:AzureConnectionString is required for Azure Blob storage.");
        _service = new BlobServiceClient(connectionString);
        _prefix = options.Value.ContainerPrefix;
    }

    public async Task SaveAsync(Guid tenantId, string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var container = await ContainerAsync(tenantId, cancellationToken);
        await container.GetBlobClient(FileKey.Check(key)).UploadAsync(
            content,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } },
            cancellationToken);
    }

    public async Task<StoredFile?> OpenAsync(Guid tenantId, string key, CancellationToken cancellationToken)
    {
        var blob = _service.GetBlobContainerClient(ContainerName(tenantId)).GetBlobClient(FileKey.Check(key));
        try
        {
            var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            return new StoredFile(download.Value.Content, download.Value.Details.ContentType, download.Value.Details.ContentLength);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(Guid tenantId, string key, CancellationToken cancellationToken) =>
        await _service.GetBlobContainerClient(ContainerName(tenantId)).GetBlobClient(FileKey.Check(key))
            .DeleteIfExistsAsync(cancellationToken: cancellationToken);

    public async Task CheckAsync(CancellationToken cancellationToken) =>
        await _service.GetPropertiesAsync(cancellationToken);

    private async Task<BlobContainerClient> ContainerAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var container = _service.GetBlobContainerClient(ContainerName(tenantId));
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        return container;
    }

    private string ContainerName(Guid tenantId) => $"{_prefix}-{tenantId:N}".ToLowerInvariant();
}
