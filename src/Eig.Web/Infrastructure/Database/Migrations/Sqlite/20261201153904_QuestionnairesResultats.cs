using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuestionnairesResultats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DemandesResultats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PromotionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Qualite = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DefiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UtilisateurId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EnvoyeeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpireLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RepondueLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EnvoyeeParId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandesResultats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemandesResultats_Defis_DefiId",
                        column: x => x.DefiId,
                        principalTable: "Defis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DemandesResultats_Promotions_PromotionId",
                        column: x => x.PromotionId,
                        principalTable: "Promotions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemandesResultats_DefiId",
                table: "DemandesResultats",
                column: "DefiId");

            migrationBuilder.CreateIndex(
                name: "IX_DemandesResultats_PromotionId",
                table: "DemandesResultats",
                column: "PromotionId");

            migrationBuilder.CreateIndex(
                name: "IX_DemandesResultats_TokenHash",
                table: "DemandesResultats",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DemandesResultats");
        }
    }
}
