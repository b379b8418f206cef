namespace OpenKazan.Persistence;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations on start (Development); production runs the <c>migrate</c> command instead.</summary>
    public bool MigrateOnStart { get; set; }
}
