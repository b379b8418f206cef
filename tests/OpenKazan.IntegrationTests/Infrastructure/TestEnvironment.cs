namespace OpenKazan.IntegrationTests.Infrastructure;

/// <summary>
/// What test.sh started for the tests. A missing service is an error, not a skip: a skipped database test
/// would hide exactly the gaps these tests exist to find.
/// </summary>
public static class TestEnvironment
{
    public static string PostgresAdminConnectionString => Require("OPENKAZAN_TEST_POSTGRES");

    public static string AzuriteConnectionString => Require("OPENKAZAN_TEST_AZURITE");

    public static string RepositoryRoot { get; } = FindRoot();

    public static string TenantsFolder => Path.Combine(RepositoryRoot, "tenants");

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests through ./test.sh, which starts the services.");

    /// <summary>Above the test binaries, or above the working folder when binaries live elsewhere (--artifacts-path).</summary>
    private static string FindRoot() =>
        Above(AppContext.BaseDirectory) ?? Above(Directory.GetCurrentDirectory())
        ?? throw new InvalidOperationException("OpenKazan.sln not found above the test folder or the working folder.");

    private static string? Above(string start)
    {
        var folder = new DirectoryInfo(start);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OpenKazan.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName;
    }
}
