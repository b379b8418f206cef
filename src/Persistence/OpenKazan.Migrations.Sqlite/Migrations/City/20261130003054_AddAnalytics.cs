using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenKazan.Migrations.Sqlite.Migrations.City
{
    /// <inheritdoc />
    public partial class AddAnalytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "analytics_fact_watermarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventsFrom = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_fact_watermarks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "analytics_request_facts",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganisationType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryGroup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequesterKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Resolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReopenCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    LocaliseMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    ResolveMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    AcceptOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    LocaliseOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    ResolveOnTime = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_request_facts", x => x.RequestId);
                    table.ForeignKey(
                        name: "FK_analytics_request_facts_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "analytics_saved_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Shared = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analytics_saved_reports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_analytics_fact_watermarks_TenantId",
                table: "analytics_fact_watermarks",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_analytics_request_facts_TenantId",
                table: "analytics_request_facts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_analytics_request_facts_TenantId_OrganisationId_RegisteredOn",
                table: "analytics_request_facts",
                columns: new[] { "TenantId", "OrganisationId", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_analytics_request_facts_TenantId_RegisteredOn",
                table: "analytics_request_facts",
                columns: new[] { "TenantId", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_analytics_saved_reports_TenantId",
                table: "analytics_saved_reports",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_analytics_saved_reports_TenantId_OwnerId",
                table: "analytics_saved_reports",
                columns: new[] { "TenantId", "OwnerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "analytics_fact_watermarks");

            migrationBuilder.DropTable(
                name: "analytics_request_facts");

            migrationBuilder.DropTable(
                name: "analytics_saved_reports");
        }
    }
}
