using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenKazan.Migrations.PostgreSql.Migrations.City
{
    /// <inheritdoc />
    public partial class AddRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notification_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecipientUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecipientEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Template = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notification_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "request_number_counters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_number_counters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HeldFrom = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Priority = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequesterKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequesterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequesterPhone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RequesterPhoneDigits = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RequesterEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ConsentToContact = table.Column<bool>(type: "boolean", nullable: false),
                    RequesterUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Culture = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    BuildingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Flat = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Entrance = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolutionReport = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReopenCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_requests_buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_requests_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_requests_service_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "service_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sla_policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Template = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Document = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sla_policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dispatch_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Rule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dispatch_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dispatch_decisions_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "request_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ThumbnailKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    IsReport = table.Column<bool>(type: "boolean", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_request_attachments_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "request_comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IsInternal = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_request_comments_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "request_deadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WarnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_deadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_request_deadlines_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "request_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ActorRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_request_events_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "request_pauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_pauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_request_pauses_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sla_incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Notify = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sla_incidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sla_incidents_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stage_durations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BusinessMinutes = table.Column<long>(type: "bigint", nullable: false),
                    OnTime = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stage_durations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stage_durations_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_decisions_RequestId",
                table: "dispatch_decisions",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_decisions_TenantId",
                table: "dispatch_decisions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dispatch_decisions_TenantId_RequestId_At",
                table: "dispatch_decisions",
                columns: new[] { "TenantId", "RequestId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_notification_outbox_TenantId",
                table: "notification_outbox",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_notification_outbox_TenantId_SentAt_CreatedAt",
                table: "notification_outbox",
                columns: new[] { "TenantId", "SentAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_TenantId",
                table: "notifications",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_TenantId_UserId_CreatedAt",
                table: "notifications",
                columns: new[] { "TenantId", "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_request_attachments_RequestId",
                table: "request_attachments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_request_attachments_TenantId",
                table: "request_attachments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_request_attachments_TenantId_RequestId",
                table: "request_attachments",
                columns: new[] { "TenantId", "RequestId" });

            migrationBuilder.CreateIndex(
                name: "IX_request_comments_RequestId",
                table: "request_comments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_request_comments_TenantId",
                table: "request_comments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_request_comments_TenantId_RequestId_At",
                table: "request_comments",
                columns: new[] { "TenantId", "RequestId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_request_deadlines_RequestId",
                table: "request_deadlines",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_request_deadlines_TenantId",
                table: "request_deadlines",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_request_deadlines_TenantId_CompletedAt_WarnAt",
                table: "request_deadlines",
                columns: new[] { "TenantId", "CompletedAt", "WarnAt" });

            migrationBuilder.CreateIndex(
                name: "IX_request_deadlines_TenantId_RequestId_Stage",
                table: "request_deadlines",
                columns: new[] { "TenantId", "RequestId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_request_events_RequestId",
                table: "request_events",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_request_events_TenantId",
                table: "request_events",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_request_events_TenantId_RequestId_At",
                table: "request_events",
                columns: new[] { "TenantId", "RequestId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_request_number_counters_TenantId",
                table: "request_number_counters",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_request_number_counters_TenantId_Year",
                table: "request_number_counters",
                columns: new[] { "TenantId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_request_pauses_RequestId",
                table: "request_pauses",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_request_pauses_TenantId",
                table: "request_pauses",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_request_pauses_TenantId_RequestId",
                table: "request_pauses",
                columns: new[] { "TenantId", "RequestId" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_BuildingId",
                table: "requests",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_requests_CategoryId",
                table: "requests",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_requests_OrganisationId",
                table: "requests",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_requests_TenantId",
                table: "requests",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_requests_TenantId_BuildingId_CategoryId_Status",
                table: "requests",
                columns: new[] { "TenantId", "BuildingId", "CategoryId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_TenantId_Number",
                table: "requests",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_requests_TenantId_OrganisationId_Status",
                table: "requests",
                columns: new[] { "TenantId", "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_TenantId_RequesterPhoneDigits",
                table: "requests",
                columns: new[] { "TenantId", "RequesterPhoneDigits" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_TenantId_RequesterUserId",
                table: "requests",
                columns: new[] { "TenantId", "RequesterUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_sla_incidents_RequestId",
                table: "sla_incidents",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_sla_incidents_TenantId",
                table: "sla_incidents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_sla_incidents_TenantId_RequestId_Stage_Kind_Level",
                table: "sla_incidents",
                columns: new[] { "TenantId", "RequestId", "Stage", "Kind", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sla_policies_TenantId",
                table: "sla_policies",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stage_durations_RequestId",
                table: "stage_durations",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_stage_durations_TenantId",
                table: "stage_durations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_stage_durations_TenantId_OrganisationId_EndedAt",
                table: "stage_durations",
                columns: new[] { "TenantId", "OrganisationId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_stage_durations_TenantId_RequestId_Stage",
                table: "stage_durations",
                columns: new[] { "TenantId", "RequestId", "Stage" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dispatch_decisions");

            migrationBuilder.DropTable(
                name: "notification_outbox");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "request_attachments");

            migrationBuilder.DropTable(
                name: "request_comments");

            migrationBuilder.DropTable(
                name: "request_deadlines");

            migrationBuilder.DropTable(
                name: "request_events");

            migrationBuilder.DropTable(
                name: "request_number_counters");

            migrationBuilder.DropTable(
                name: "request_pauses");

            migrationBuilder.DropTable(
                name: "sla_incidents");

            migrationBuilder.DropTable(
                name: "sla_policies");

            migrationBuilder.DropTable(
                name: "stage_durations");

            migrationBuilder.DropTable(
                name: "requests");
        }
    }
}
