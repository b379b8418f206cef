using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenKazan.Migrations.PostgreSql.Migrations.City
{
    /// <inheritdoc />
    public partial class AddOpen311 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "open311_api_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CanPostUpdates = table.Column<bool>(type: "boolean", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_open311_api_keys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_open311_api_keys_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "open311_submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApiKeyId = table.Column<Guid>(type: "uuid", nullable: false),
                    MediaUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AttributesJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_open311_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_open311_submissions_open311_api_keys_ApiKeyId",
                        column: x => x.ApiKeyId,
                        principalTable: "open311_api_keys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_open311_submissions_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_open311_api_keys_OrganisationId",
                table: "open311_api_keys",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_open311_api_keys_TenantId",
                table: "open311_api_keys",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_open311_api_keys_TenantId_Hash",
                table: "open311_api_keys",
                columns: new[] { "TenantId", "Hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_open311_submissions_ApiKeyId",
                table: "open311_submissions",
                column: "ApiKeyId");

            migrationBuilder.CreateIndex(
                name: "IX_open311_submissions_RequestId",
                table: "open311_submissions",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_open311_submissions_TenantId",
                table: "open311_submissions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_open311_submissions_TenantId_RequestId",
                table: "open311_submissions",
                columns: new[] { "TenantId", "RequestId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "open311_submissions");

            migrationBuilder.DropTable(
                name: "open311_api_keys");
        }
    }
}
