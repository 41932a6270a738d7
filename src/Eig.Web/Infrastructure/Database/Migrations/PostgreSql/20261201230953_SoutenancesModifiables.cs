using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SoutenancesModifiables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DelaiModificationHeures",
                table: "CreneauxSoutenance",
                type: "integer",
                nullable: false,
                // Slots published before the delay was configurable: the 24 hours interviews start from.
                defaultValue: 24);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DelaiModificationHeures",
                table: "CreneauxSoutenance");
        }
    }
}
