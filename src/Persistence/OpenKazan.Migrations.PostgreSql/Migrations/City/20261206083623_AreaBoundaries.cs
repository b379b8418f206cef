using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenKazan.Migrations.PostgreSql.Migrations.City
{
    /// <inheritdoc />
    public partial class AreaBoundaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "area_boundaries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Geometry = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_area_boundaries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_area_boundaries_districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_area_boundaries_DistrictId",
                table: "area_boundaries",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_area_boundaries_TenantId",
                table: "area_boundaries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_area_boundaries_TenantId_DistrictId",
                table: "area_boundaries",
                columns: new[] { "TenantId", "DistrictId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "area_boundaries");
        }
    }
}
