using OpenKazan.Persistence;

namespace OpenKazan.Host.Commands;

/// <summary>
/// Operator commands run through the host executable with the same services as the web application:
/// <c>dotnet OpenKazan.Host.dll migrate</c>.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["migrate"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        StartupTasks.PrepareDataFolder(app);
        await using var scope = app.Services.CreateAsyncScope();
        switch (args[0])
        {
            case "migrate":
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
                await Console.Out.WriteLineAsync("Migrations applied.");
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'.");
                return 2;
        }
    }
}
