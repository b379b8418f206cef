using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenKazan.Migrations.Sqlite.Migrations.City
{
    /// <inheritdoc />
    public partial class AddFeedbackAndVotesToFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FeedbackScore",
                table: "analytics_request_facts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FeedbackFrom",
                table: "analytics_fact_watermarks",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FeedbackScore",
                table: "analytics_request_facts");

            migrationBuilder.DropColumn(
                name: "FeedbackFrom",
                table: "analytics_fact_watermarks");
        }
    }
}
