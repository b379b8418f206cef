using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace OpenKazan.BuildingBlocks.Persistence;

/// <summary>
/// What the modules' bulk writers share for PostgreSQL's binary COPY, the fast path for millions of rows: each module
/// copies its own tables, on the one connection of the context, so a caller's transaction spans them all.
/// </summary>
public static class BinaryCopy
{
    /// <summary>The context's connection, open, when the context is on PostgreSQL; null on the other engines.</summary>
    public static async Task<NpgsqlConnection?> CopyConnectionAsync(this TenantScopedDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        return connection;
    }

    /// <summary>Writes the value of a nullable column, or NULL.</summary>
    public static async Task WriteNullableAsync<T>(this NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(copy);
        if (value is null)
        {
            await copy.WriteNullAsync(ct);
        }
        else
        {
            await copy.WriteAsync(value, type, ct);
        }
    }
}
