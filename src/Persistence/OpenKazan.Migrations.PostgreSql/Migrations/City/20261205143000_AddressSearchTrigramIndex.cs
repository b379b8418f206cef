using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenKazan.Persistence;

#nullable disable

namespace OpenKazan.Migrations.PostgreSql.Migrations.City
{
    /// <summary>
    /// The address search looks for a street's word anywhere in the buildings' search key (LIKE '%word%'): a trigram
    /// GIN index serves that on PostgreSQL. Not part of the EF model (an operator class of one engine), so written here.
    /// </summary>
    [DbContext(typeof(CityDbContext))]
    [Migration("20261205143000_AddressSearchTrigramIndex")]
    public partial class AddressSearchTrigramIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_buildings_AddressSearch_trgm\" ON buildings USING gin (\"AddressSearch\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_buildings_AddressSearch_trgm\";");
        }
    }
}
