using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace OpenKazan.Persistence;

/// <summary>
/// The tables of the clustered Quartz job store (PostgreSQL and SQL Server), created by the migrator from the
/// scripts Quartz ships inside its own assembly. Every statement there creates only what is missing, so running it
/// on each <c>migrate</c> is safe and brings the tables up to the schema of the Quartz version in use.
/// </summary>
public static class QuartzSchema
{
    /// <summary>Every node of a deployment joins the cluster under this name.</summary>
    public const string SchedulerName = "OpenKazan";

    public const string TablePrefix = "qrtz_";

    private const string StatementSeparator = "--;;";

    public static async Task ApplyAsync(DbContext context, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var script = provider switch
        {
            DatabaseProvider.PostgreSql => "postgres",
            DatabaseProvider.SqlServer => "sqlServer",
            _ => null,
        };
        if (script is null)
        {
            return;
        }

        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var statement in await StatementsAsync(script))
            {
                await ExecuteAsync(connection, statement, cancellationToken);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static async Task<IEnumerable<string>> StatementsAsync(string script)
    {
        var name = $"Quartz.Impl.AdoJobStore.Schema.create_{script}.sql";
        await using var stream = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Quartz no longer ships '{name}'; check the job store schema after upgrading Quartz.");
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync();

        // {0} is the table prefix, {1} the same prefix without a schema qualifier (we use none).
        text = text.Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal);
        return Split(text.ReplaceLineEndings("\n").Split('\n')).Where(HasCode);
    }

    /// <summary>Statements are separated by a line that reads exactly <c>--;;</c>.</summary>
    private static IEnumerable<string> Split(string[] lines)
    {
        var statement = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim() == StatementSeparator)
            {
                yield return string.Join('\n', statement);
                statement.Clear();
            }
            else
            {
                statement.Add(line);
            }
        }

        yield return string.Join('\n', statement);
    }

    private static bool HasCode(string statement) =>
        statement.Split('\n').Any(line => line.Trim() is { Length: > 0 } code && !code.StartsWith("--", StringComparison.Ordinal));

    private static async Task ExecuteAsync(DbConnection connection, string statement, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = statement;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
