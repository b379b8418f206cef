using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenKazan.Migrations.PostgreSql.Migrations.Platform
{
    /// <inheritdoc />
    public partial class AddAttemptCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attempt_counters",
                columns: table => new
                {
                    KeyHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    LastAttemptAtMs = table.Column<long>(type: "bigint", nullable: false),
                    WindowEndsAtMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attempt_counters", x => x.KeyHash);
                });

            migrationBuilder.CreateIndex(
                name: "IX_attempt_counters_WindowEndsAtMs",
                table: "attempt_counters",
                column: "WindowEndsAtMs");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attempt_counters");
        }
    }
}
