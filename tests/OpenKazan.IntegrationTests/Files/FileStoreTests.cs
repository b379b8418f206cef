using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Files;
using OpenKazan.Files;
using OpenKazan.IntegrationTests.Infrastructure;

namespace OpenKazan.IntegrationTests.Files;

/// <summary>The same contract for both stores: the Azure one against Azurite, the local one on disk.</summary>
public abstract class FileStoreTests
{
    protected abstract IFileStore Store { get; }

    [Fact]
    public async Task A_saved_file_comes_back_with_its_content_type()
    {
        var city = Guid.NewGuid();
        await Store.SaveAsync(city, "requests/photo-1.jpg", new MemoryStream(Encoding.UTF8.GetBytes("jpeg bytes")), "image/jpeg", CancellationToken.None);

        await using var file = await Store.OpenAsync(city, "requests/photo-1.jpg", CancellationToken.None);
        using var reader = new StreamReader(file!.Content);

        Assert.Equal("image/jpeg", file.ContentType);
        Assert.Equal("jpeg bytes", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task A_file_of_one_city_cannot_be_read_through_another()
    {
        var kazan = Guid.NewGuid();
        await Store.SaveAsync(kazan, "requests/private.pdf", new MemoryStream([1, 2, 3]), "application/pdf", CancellationToken.None);

        Assert.Null(await Store.OpenAsync(Guid.NewGuid(), "requests/private.pdf", CancellationToken.None));
    }

    [Fact]
    public async Task A_deleted_file_is_gone()
    {
        var city = Guid.NewGuid();
        await Store.SaveAsync(city, "tmp/file.txt", new MemoryStream([1]), "text/plain", CancellationToken.None);
        await Store.DeleteAsync(city, "tmp/file.txt", CancellationToken.None);

        Assert.Null(await Store.OpenAsync(city, "tmp/file.txt", CancellationToken.None));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\b")]
    public async Task Keys_that_could_escape_are_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.SaveAsync(Guid.NewGuid(), key, new MemoryStream([1]), "text/plain", CancellationToken.None));
    }

    [Fact]
    public async Task The_store_answers_the_readiness_check()
    {
        await Store.CheckAsync(CancellationToken.None);
    }
}

public sealed class AzureBlobFileStoreTests : FileStoreTests
{
    protected override IFileStore Store { get; } = new AzureBlobFileStore(Options.Create(new FileStorageOptions
    {
        Kind = FileStorageKind.AzureBlob,
        AzureConnectionString = TestEnvironment.AzuriteConnectionString,
        ContainerPrefix = "test",
    }));
}

public sealed class LocalFolderFileStoreTests : FileStoreTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"openkazan-files-{Guid.NewGuid():N}");

    public LocalFolderFileStoreTests()
    {
        Store = new LocalFolderFileStore(Options.Create(new FileStorageOptions { LocalFolder = _folder }), new Environment());
    }

    protected override IFileStore Store { get; }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "OpenKazan";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
