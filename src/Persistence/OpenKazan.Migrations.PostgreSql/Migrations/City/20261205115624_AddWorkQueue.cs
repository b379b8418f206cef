using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenKazan.Migrations.PostgreSql.Migrations.City
{
    /// <inheritdoc />
    public partial class AddWorkQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "InQueue",
                table: "requests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "QueueDueAt",
                table: "requests",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "QueueWarnAt",
                table: "requests",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Urgency",
                table: "requests",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing requests take their place in the work queues from their status, priority and open deadlines.
            migrationBuilder.Sql(@"UPDATE requests AS r SET
  ""InQueue"" = r.""Status"" IN ('New', 'Dispatched', 'Accepted', 'InProgress', 'OnHold', 'Returned', 'Reopened'),
  ""Urgency"" = CASE WHEN r.""Priority"" = 'Emergency' THEN 0 ELSE 1 END,
  ""QueueDueAt"" = COALESCE((SELECT d.""DueAt"" FROM request_deadlines AS d WHERE d.""RequestId"" = r.""Id"" AND d.""CompletedAt"" IS NULL ORDER BY d.""DueAt"" LIMIT 1), TIMESTAMPTZ '3000-01-01 00:00:00+00'),
  ""QueueWarnAt"" = COALESCE((SELECT d.""WarnAt"" FROM request_deadlines AS d WHERE d.""RequestId"" = r.""Id"" AND d.""CompletedAt"" IS NULL ORDER BY d.""DueAt"" LIMIT 1), TIMESTAMPTZ '3000-01-01 00:00:00+00');");

            migrationBuilder.CreateIndex(
                name: "IX_requests_organisation_queue",
                table: "requests",
                columns: new[] { "TenantId", "OrganisationId", "InQueue", "Urgency", "QueueDueAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_queue",
                table: "requests",
                columns: new[] { "TenantId", "InQueue", "Urgency", "QueueDueAt", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_requests_organisation_queue",
                table: "requests");

            migrationBuilder.DropIndex(
                name: "IX_requests_queue",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "InQueue",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "QueueDueAt",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "QueueWarnAt",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "Urgency",
                table: "requests");
        }
    }
}
