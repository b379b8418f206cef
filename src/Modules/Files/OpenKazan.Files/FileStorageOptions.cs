namespace OpenKazan.Files;

public enum FileStorageKind
{
    LocalFolder,
    AzureBlob,
}

public sealed class FileStorageOptions
{
    public const string SectionName = "FileStorage";

    public FileStorageKind Kind { get; set; } = FileStorageKind.LocalFolder;

    /// <summary>The folder of the embedded default; relative paths are under the content root.</summary>
    public string LocalFolder { get; set; } = "data/files";

    public string? AzureConnectionString { get; set; }

    /// <summary>Each city gets its own container: <c>{prefix}-{city id}</c>.</summary>
    public string ContainerPrefix { get; set; } = "city";
}
