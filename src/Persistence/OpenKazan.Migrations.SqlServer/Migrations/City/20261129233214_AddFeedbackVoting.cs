using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenKazan.Migrations.SqlServer.Migrations.City
{
    /// <inheritdoc />
    public partial class AddFeedbackVoting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "organisation_votes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BuildingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Period = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Score = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CastAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisation_votes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organisation_votes_buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organisation_votes_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "request_feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    BuildingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Score = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CommentPublic = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Reopened = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_feedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_request_feedback_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resident_addresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BuildingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Flat = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    Method = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    VerifiedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VerifiedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resident_addresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_resident_addresses_buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vote_audit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Period = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    VoteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vote_audit", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_organisation_votes_BuildingId",
                table: "organisation_votes",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_organisation_votes_OrganisationId",
                table: "organisation_votes",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_organisation_votes_TenantId",
                table: "organisation_votes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_organisation_votes_TenantId_OrganisationId_Period",
                table: "organisation_votes",
                columns: new[] { "TenantId", "OrganisationId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_organisation_votes_TenantId_UserId_OrganisationId_Period",
                table: "organisation_votes",
                columns: new[] { "TenantId", "UserId", "OrganisationId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_request_feedback_RequestId",
                table: "request_feedback",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_request_feedback_TenantId",
                table: "request_feedback",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_request_feedback_TenantId_OrganisationId_CreatedAt",
                table: "request_feedback",
                columns: new[] { "TenantId", "OrganisationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_request_feedback_TenantId_RequestId",
                table: "request_feedback",
                columns: new[] { "TenantId", "RequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_resident_addresses_BuildingId",
                table: "resident_addresses",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_resident_addresses_TenantId",
                table: "resident_addresses",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_resident_addresses_TenantId_UserId_BuildingId",
                table: "resident_addresses",
                columns: new[] { "TenantId", "UserId", "BuildingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vote_audit_TenantId",
                table: "vote_audit",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_vote_audit_TenantId_OrganisationId_At",
                table: "vote_audit",
                columns: new[] { "TenantId", "OrganisationId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organisation_votes");

            migrationBuilder.DropTable(
                name: "request_feedback");

            migrationBuilder.DropTable(
                name: "resident_addresses");

            migrationBuilder.DropTable(
                name: "vote_audit");
        }
    }
}
