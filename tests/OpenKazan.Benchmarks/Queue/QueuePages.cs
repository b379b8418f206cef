using System.Globalization;
using Npgsql;

namespace OpenKazan.Benchmarks.Queue;

/// <summary>Whose session reads a page: the city's dispatcher, or the executor or organisation admin of one organisation.</summary>
public enum StaffMember
{
    Dispatcher,
    Executor,
    OrganisationAdmin,
}

/// <summary>
/// One queue page as a member of staff opens it, and how many open requests its filters select (counted in SQL; for the
/// deadline filters a little earlier than the page counts, so requests may have crossed their deadline in between).
/// </summary>
public sealed record QueuePage(string Name, StaffMember Reader, string Path, long Expected, bool IsBaseline = false, bool MovesWithTime = false);

/// <summary>
/// The staff queue pages a dispatch room opens, with filter values read from the generated city: each filter takes the
/// value with the fewest open requests (at least one), the hardest for a page read along the queue's index, and the
/// category filter also its value with the most. The deep page is page 100 of 50 rows (the last page of a smaller queue).
/// </summary>
public static class QueuePages
{
    private const int PageSize = 50;

    private const string Open = "r.\"TenantId\" = @city AND r.\"InQueue\"";

    public static async Task<IReadOnlyList<QueuePage>> ReadAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var city = await ScalarAsync<Guid>(connection, "SELECT \"Id\" FROM catalog_tenants WHERE \"Slug\" = 'kazan'", null, ct);
        var organisation = await ScalarAsync<Guid>(connection,
            "SELECT \"Id\" FROM organisations WHERE \"TenantId\" = @city AND \"Type\" = 'ManagingOrganisation' ORDER BY \"Code\" LIMIT 1", city, ct);
        var total = await CountAsync(connection, "TRUE", city, ct);
        var deepPage = (int)Math.Clamp((total - 1) / PageSize + 1, 2, 100);
        var deep = await CursorBeforeAsync(connection, city, (deepPage - 1) * PageSize, ct);
        var district = await ValuesAsync(connection, "b.\"DistrictId\"::text", city, ct);
        var organisations = await ValuesAsync(connection, "r.\"OrganisationId\"::text", city, ct);
        var categories = await ValuesAsync(connection, "r.\"CategoryId\"::text", city, ct);
        var channels = await ValuesAsync(connection, "r.\"Channel\"", city, ct);
        var statuses = await ValuesAsync(connection, "r.\"Status\"", city, ct);
        var own = await CountAsync(connection, $"r.\"OrganisationId\" = '{organisation}'", city, ct);
        var ownOverdue = await CountAsync(connection, $"r.\"OrganisationId\" = '{organisation}' AND r.\"QueueDueAt\" <= now()", city, ct);
        return
        [
            new("`/health/live` (baseline, before)", StaffMember.Dispatcher, "/health/live", 0, IsBaseline: true),
            new("dispatcher: first page", StaffMember.Dispatcher, "/dispatch", total),
            new($"dispatcher: page {deepPage} (keyset)", StaffMember.Dispatcher, $"/dispatch?After={Uri.EscapeDataString(deep)}", total),
            new("dispatcher: overdue", StaffMember.Dispatcher, "/dispatch?Deadline=Overdue",
                await CountAsync(connection, "r.\"QueueDueAt\" <= now()", city, ct), MovesWithTime: true),
            new("dispatcher: near deadline", StaffMember.Dispatcher, "/dispatch?Deadline=Near",
                await CountAsync(connection, "r.\"QueueWarnAt\" <= now() AND r.\"QueueDueAt\" > now()", city, ct), MovesWithTime: true),
            new("dispatcher: district (fewest open)", StaffMember.Dispatcher, $"/dispatch?District={district[0].Value}", district[0].Count),
            new("dispatcher: organisation (fewest open)", StaffMember.Dispatcher, $"/dispatch?Organisation={organisations[0].Value}", organisations[0].Count),
            new("dispatcher: category (fewest open)", StaffMember.Dispatcher, $"/dispatch?Category={categories[0].Value}", categories[0].Count),
            new("dispatcher: category (most open)", StaffMember.Dispatcher, $"/dispatch?Category={categories[^1].Value}", categories[^1].Count),
            new("dispatcher: channel (fewest open)", StaffMember.Dispatcher, $"/dispatch?Channel={channels[0].Value}", channels[0].Count),
            new("dispatcher: status (fewest open)", StaffMember.Dispatcher, $"/dispatch?Status={statuses[0].Value}", statuses[0].Count),
            new("executor: inbox, first page", StaffMember.Executor, "/work/inbox", own),
            new("organisation admin: first page", StaffMember.OrganisationAdmin, "/work/inbox", own),
            new("organisation admin: overdue", StaffMember.OrganisationAdmin, "/work/inbox?Deadline=Overdue", ownOverdue, MovesWithTime: true),
            new("`/health/live` (baseline, after)", StaffMember.Dispatcher, "/health/live", 0, IsBaseline: true),
        ];
    }

    /// <summary>The cursor of the page that starts after <paramref name="rows"/> rows: urgency, stage deadline ticks and number of the last row before it.</summary>
    private static async Task<string> CursorBeforeAsync(NpgsqlConnection connection, Guid city, int rows, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT r.\"Urgency\", r.\"QueueDueAt\", r.\"Number\" FROM requests r WHERE {Open} " +
            $"ORDER BY r.\"Urgency\", r.\"QueueDueAt\", r.\"Number\" OFFSET {rows - 1} LIMIT 1", connection);
        command.Parameters.AddWithValue("city", city);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            throw new InvalidOperationException($"Kazan has fewer than {rows} open requests.");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{reader.GetInt32(0)}.{reader.GetDateTime(1).Ticks}.{reader.GetString(2)}");
    }

    /// <summary>The filter's values among the open requests, fewest open requests first.</summary>
    private static async Task<List<(string Value, long Count)>> ValuesAsync(NpgsqlConnection connection, string column, Guid city, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT {column}, count(*) FROM requests r JOIN buildings b ON b.\"Id\" = r.\"BuildingId\" WHERE {Open} AND {column} IS NOT NULL " +
            $"GROUP BY 1 ORDER BY 2, 1", connection);
        command.Parameters.AddWithValue("city", city);
        var values = new List<(string, long)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            values.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return values.Count > 0 ? values : throw new InvalidOperationException($"No open request has a {column}.");
    }

    private static Task<long> CountAsync(NpgsqlConnection connection, string condition, Guid city, CancellationToken ct) =>
        ScalarAsync<long>(connection, $"SELECT count(*) FROM requests r WHERE {Open} AND {condition}", city, ct);

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, Guid? city, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (city is { } id)
        {
            command.Parameters.AddWithValue("city", id);
        }

        return await command.ExecuteScalarAsync(ct) is T value ? value : throw new InvalidOperationException($"No answer to: {sql}");
    }
}
