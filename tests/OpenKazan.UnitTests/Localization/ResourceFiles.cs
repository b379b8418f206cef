namespace OpenKazan.UnitTests.Localization;

/// <summary>The host's resource files, read from the repository so a test sees what a reader will.</summary>
internal static class ResourceFiles
{
    public static string Folder { get; } = Path.Combine(Repository.Root, "src", "OpenKazan.Host", "Resources");
}
