using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DefiId = table.Column<Guid>(type: "uuid", nullable: false),
                    PhaseOrdre = table.Column<int>(type: "integer", nullable: false),
                    Titre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Echeance = table.Column<DateOnly>(type: "date", nullable: true),
                    FaitLe = table.Column<DateOnly>(type: "date", nullable: true),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
