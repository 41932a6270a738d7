using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PointsEtape : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PointsEtape",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuteurId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuteurNom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeposeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Meteo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Avancement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Difficultes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AideSouhaitee = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointsEtape", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PointsEtape_Defis_DefiId",
                        column: x => x.DefiId,
                        principalTable: "Defis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PointsEtape_DefiId_DeposeLe",
                table: "PointsEtape",
                columns: new[] { "DefiId", "DeposeLe" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PointsEtape");
        }
    }
}
