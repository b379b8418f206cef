using OpenKazan.Persistence;

namespace OpenKazan.Host.Commands;

/// <summary>
/// Operator commands run through the host executable with the same services as the web application:
/// <c>OpenKazan.Host migrate</c>, <c>OpenKazan.Host tenant list|import|export|suspend|activate</c>,
/// <c>OpenKazan.Host generate requests &lt;slug&gt;</c>.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["migrate", "tenant", "generate"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        StartupTasks.PrepareDataFolder(app);
        await using var scope = app.Services.CreateAsyncScope();
        var output = Console.Out;
        switch (args[0])
        {
            case "migrate":
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
                await output.WriteLineAsync("Migrations applied.");
                return 0;
            case "generate":
                return await new GenerateCommands(scope.ServiceProvider, output).RunAsync(args[1..], CancellationToken.None);
            default:
                return await new TenantCommands(scope.ServiceProvider, output).RunAsync(args[1..], CancellationToken.None);
        }
    }
}
