namespace OpenKazan.UnitTests.Localization;

/// <summary>The host's resource files, read from the repository so a test sees what a reader will.</summary>
internal static class ResourceFiles
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "src", "OpenKazan.Host", "Resources");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenKazan.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
