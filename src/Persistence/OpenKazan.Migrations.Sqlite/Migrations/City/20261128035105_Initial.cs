using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenKazan.Migrations.Sqlite.Migrations.City
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "districts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    name_ru = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    name_tt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_districts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsEmergency = table.Column<bool>(type: "INTEGER", nullable: false),
                    PhotoRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    name_ru = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    name_tt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_categories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_service_categories_service_categories_ParentId",
                        column: x => x.ParentId,
                        principalTable: "service_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Inn = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: true),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    name_ru = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    name_tt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organisations_districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "buildings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AddressSearch = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    ManagingOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Floors = table.Column<int>(type: "INTEGER", nullable: true),
                    Flats = table.Column<int>(type: "INTEGER", nullable: true),
                    YearBuilt = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_buildings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_buildings_districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_buildings_organisations_ManagingOrganisationId",
                        column: x => x.ManagingOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "responsibilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_responsibilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_responsibilities_buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_responsibilities_districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_responsibilities_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_responsibilities_service_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "service_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_buildings_DistrictId",
                table: "buildings",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_buildings_ManagingOrganisationId",
                table: "buildings",
                column: "ManagingOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_buildings_TenantId",
                table: "buildings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_buildings_TenantId_AddressSearch",
                table: "buildings",
                columns: new[] { "TenantId", "AddressSearch" });

            migrationBuilder.CreateIndex(
                name: "IX_buildings_TenantId_Code",
                table: "buildings",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_buildings_TenantId_Latitude_Longitude",
                table: "buildings",
                columns: new[] { "TenantId", "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_districts_TenantId",
                table: "districts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_districts_TenantId_Code",
                table: "districts",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organisations_DistrictId",
                table: "organisations",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_TenantId",
                table: "organisations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_TenantId_Code",
                table: "organisations",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_responsibilities_BuildingId",
                table: "responsibilities",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_responsibilities_CategoryId",
                table: "responsibilities",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_responsibilities_DistrictId",
                table: "responsibilities",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_responsibilities_OrganisationId",
                table: "responsibilities",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_responsibilities_TenantId",
                table: "responsibilities",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_responsibilities_TenantId_CategoryId_DistrictId_BuildingId",
                table: "responsibilities",
                columns: new[] { "TenantId", "CategoryId", "DistrictId", "BuildingId" });

            migrationBuilder.CreateIndex(
                name: "IX_service_categories_ParentId",
                table: "service_categories",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_service_categories_TenantId",
                table: "service_categories",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_service_categories_TenantId_Code",
                table: "service_categories",
                columns: new[] { "TenantId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "responsibilities");

            migrationBuilder.DropTable(
                name: "buildings");

            migrationBuilder.DropTable(
                name: "service_categories");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "districts");
        }
    }
}
