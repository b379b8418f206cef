using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenKazan.Migrations.SqlServer.Migrations.City
{
    /// <inheritdoc />
    public partial class FoldRequestChangesIntoFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EventsFrom",
                table: "analytics_fact_watermarks");

            migrationBuilder.DropColumn(
                name: "FeedbackFrom",
                table: "analytics_fact_watermarks");

            migrationBuilder.AddColumn<long>(
                name: "Run",
                table: "analytics_request_facts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "Run",
                table: "analytics_fact_watermarks",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "request_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_request_changes_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_analytics_request_facts_TenantId_Run",
                table: "analytics_request_facts",
                columns: new[] { "TenantId", "Run" });

            migrationBuilder.CreateIndex(
                name: "IX_request_changes_RequestId",
                table: "request_changes",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_request_changes_TenantId",
                table: "request_changes",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "request_changes");

            migrationBuilder.DropIndex(
                name: "IX_analytics_request_facts_TenantId_Run",
                table: "analytics_request_facts");

            migrationBuilder.DropColumn(
                name: "Run",
                table: "analytics_request_facts");

            migrationBuilder.DropColumn(
                name: "Run",
                table: "analytics_fact_watermarks");

            migrationBuilder.AddColumn<DateTime>(
                name: "EventsFrom",
                table: "analytics_fact_watermarks",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "FeedbackFrom",
                table: "analytics_fact_watermarks",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));
        }
    }
}
