using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenKazan.Migrations.SqlServer.Migrations.City
{
    /// <inheritdoc />
    public partial class CoveringQueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_requests_queue",
                table: "requests");

            migrationBuilder.CreateIndex(
                name: "IX_requests_queue",
                table: "requests",
                columns: new[] { "TenantId", "InQueue", "Urgency", "QueueDueAt", "Number" })
                .Annotation("SqlServer:Include", new[] { "Status", "OrganisationId", "CategoryId", "BuildingId", "Channel", "QueueWarnAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_requests_queue",
                table: "requests");

            migrationBuilder.CreateIndex(
                name: "IX_requests_queue",
                table: "requests",
                columns: new[] { "TenantId", "InQueue", "Urgency", "QueueDueAt", "Number" });
        }
    }
}
