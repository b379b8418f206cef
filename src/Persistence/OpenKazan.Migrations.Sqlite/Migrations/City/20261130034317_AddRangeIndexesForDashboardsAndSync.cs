using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenKazan.Migrations.Sqlite.Migrations.City
{
    /// <inheritdoc />
    public partial class AddRangeIndexesForDashboardsAndSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_requests_TenantId_RegisteredAt",
                table: "requests",
                columns: new[] { "TenantId", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_TenantId_ResolvedAt",
                table: "requests",
                columns: new[] { "TenantId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_TenantId_Status",
                table: "requests",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_request_feedback_TenantId_UpdatedAt",
                table: "request_feedback",
                columns: new[] { "TenantId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_request_events_TenantId_At",
                table: "request_events",
                columns: new[] { "TenantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_request_deadlines_TenantId_DueAt",
                table: "request_deadlines",
                columns: new[] { "TenantId", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_requests_TenantId_RegisteredAt",
                table: "requests");

            migrationBuilder.DropIndex(
                name: "IX_requests_TenantId_ResolvedAt",
                table: "requests");

            migrationBuilder.DropIndex(
                name: "IX_requests_TenantId_Status",
                table: "requests");

            migrationBuilder.DropIndex(
                name: "IX_request_feedback_TenantId_UpdatedAt",
                table: "request_feedback");

            migrationBuilder.DropIndex(
                name: "IX_request_events_TenantId_At",
                table: "request_events");

            migrationBuilder.DropIndex(
                name: "IX_request_deadlines_TenantId_DueAt",
                table: "request_deadlines");
        }
    }
}
