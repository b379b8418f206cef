using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenKazan.BuildingBlocks.Files;

namespace OpenKazan.Files;

public static class FilesServiceCollectionExtensions
{
    public static IServiceCollection AddFileStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FileStorageOptions>().Bind(configuration.GetSection(FileStorageOptions.SectionName));
        services.AddSingleton<AzureBlobFileStore>();
        services.AddSingleton<LocalFolderFileStore>();

        // Chosen when first needed, so that hosts and tests may configure the kind late.
        services.AddSingleton<IFileStore>(sp => sp.GetRequiredService<IOptions<FileStorageOptions>>().Value.Kind == FileStorageKind.AzureBlob
            ? sp.GetRequiredService<AzureBlobFileStore>()
            : sp.GetRequiredService<LocalFolderFileStore>());

        return services;
    }
}
