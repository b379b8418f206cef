namespace OpenKazan.Benchmarks.Analytics;

/// <summary>
/// A report timed three ways: through the generic report engine, as hand-written SQL over the request tables
/// (requests, buildings, stage_durations), and as hand-written SQL over the fact table. All three give the same numbers.
/// </summary>
public sealed record BenchmarkReport(string Name, string[] Dimensions, string[] Measures, string RawSql, string FactSql);

public static class BenchmarkReports
{
    private const string Local = "(r.\"RegisteredAt\" AT TIME ZONE 'Europe/Moscow')::date";
    private const string RawWhere = $"WHERE r.\"TenantId\" = @city AND {Local} BETWEEN @from AND @to";
    private const string FactWhere = "WHERE \"TenantId\" = @city AND \"RegisteredOn\" BETWEEN @from AND @to";

    public static IReadOnlyList<BenchmarkReport> All { get; } =
    [
        new("on-time share by district × month", ["district", "month"], ["onTimeShare.resolve"],
            $"SELECT b.\"DistrictId\", date_trunc('month', {Local})::date, avg(s.\"OnTime\"::int)::float8 FROM requests r " +
            "JOIN buildings b ON b.\"Id\" = r.\"BuildingId\" LEFT JOIN stage_durations s ON s.\"RequestId\" = r.\"Id\" AND s.\"Stage\" = 'Resolve' " +
            $"{RawWhere} GROUP BY 1, 2",
            $"SELECT \"DistrictId\", date_trunc('month', \"RegisteredOn\")::date, avg(\"ResolveOnTime\"::int)::float8 FROM analytics_request_facts {FactWhere} GROUP BY 1, 2"),
        new("median resolve time by organisation", ["organisation"], ["median.resolve"],
            "SELECT r.\"OrganisationId\", percentile_cont(0.5) WITHIN GROUP (ORDER BY s.\"BusinessMinutes\") FROM requests r " +
            $"LEFT JOIN stage_durations s ON s.\"RequestId\" = r.\"Id\" AND s.\"Stage\" = 'Resolve' {RawWhere} GROUP BY 1",
            $"SELECT \"OrganisationId\", percentile_cont(0.5) WITHIN GROUP (ORDER BY \"ResolveMinutes\") FROM analytics_request_facts {FactWhere} GROUP BY 1"),
        new("count and resolved share by category group", ["categoryGroup"], ["count", "resolvedShare"],
            "SELECT c.\"Group\", count(*)::float8, avg((r.\"Status\" IN ('Resolved', 'Closed'))::int)::float8 FROM requests r " +
            $"JOIN service_categories c ON c.\"Id\" = r.\"CategoryId\" {RawWhere} GROUP BY 1",
            $"SELECT \"CategoryGroup\", count(*)::float8, avg(\"Resolved\"::int)::float8 FROM analytics_request_facts {FactWhere} GROUP BY 1"),
        new("reopen rate by channel", ["channel"], ["reopenRate"],
            $"SELECT r.\"Channel\", avg((r.\"ReopenCount\" > 0)::int)::float8 FROM requests r {RawWhere} GROUP BY 1",
            $"SELECT \"Channel\", avg((\"ReopenCount\" > 0)::int)::float8 FROM analytics_request_facts {FactWhere} GROUP BY 1"),
        new("p90 accept time by priority × week", ["priority", "week"], ["p90.accept"],
            $"SELECT r.\"Priority\", date_trunc('week', {Local})::date, percentile_cont(0.9) WITHIN GROUP (ORDER BY s.\"BusinessMinutes\") " +
            $"FROM requests r LEFT JOIN stage_durations s ON s.\"RequestId\" = r.\"Id\" AND s.\"Stage\" = 'Accept' {RawWhere} GROUP BY 1, 2",
            $"SELECT \"Priority\", date_trunc('week', \"RegisteredOn\")::date, percentile_cont(0.9) WITHIN GROUP (ORDER BY \"AcceptMinutes\") FROM analytics_request_facts {FactWhere} GROUP BY 1, 2"),
        new("median resolve time by organisation × category", ["organisation", "category"], ["median.resolve"],
            "SELECT r.\"OrganisationId\", r.\"CategoryId\", percentile_cont(0.5) WITHIN GROUP (ORDER BY s.\"BusinessMinutes\") FROM requests r " +
            $"LEFT JOIN stage_durations s ON s.\"RequestId\" = r.\"Id\" AND s.\"Stage\" = 'Resolve' {RawWhere} GROUP BY 1, 2",
            $"SELECT \"OrganisationId\", \"CategoryId\", percentile_cont(0.5) WITHIN GROUP (ORDER BY \"ResolveMinutes\") FROM analytics_request_facts {FactWhere} GROUP BY 1, 2"),
    ];
}
