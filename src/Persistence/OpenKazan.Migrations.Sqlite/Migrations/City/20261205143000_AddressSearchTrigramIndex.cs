using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenKazan.Persistence;

#nullable disable

namespace OpenKazan.Migrations.Sqlite.Migrations.City
{
    /// <summary>
    /// PostgreSQL gains a trigram index for the address search here; this engine has no such operator class and scans
    /// the (TenantId, AddressSearch) index, so its step is empty: every engine keeps the same list of migrations.
    /// </summary>
    [DbContext(typeof(CityDbContext))]
    [Migration("20261205143000_AddressSearchTrigramIndex")]
    public partial class AddressSearchTrigramIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
