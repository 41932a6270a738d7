using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FeuilleDeRoute : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Jalons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhaseOrdre = table.Column<int>(type: "INTEGER", nullable: false),
                    Titre = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Echeance = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FaitLe = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Jalons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Jalons_Defis_DefiId",
                        column: x => x.DefiId,
                        principalTable: "Defis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Jalons_DefiId_PhaseOrdre",
                table: "Jalons",
                columns: new[] { "DefiId", "PhaseOrdre" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Jalons");
        }
    }
}
