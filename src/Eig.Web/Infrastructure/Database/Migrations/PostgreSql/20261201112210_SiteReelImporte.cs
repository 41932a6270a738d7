using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SiteReelImporte : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Promotions_Numero",
                table: "Promotions");

            migrationBuilder.AddColumn<string>(
                name: "Libelle",
                table: "Promotions",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Poids",
                table: "Personnes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Redirections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Cible = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Manuelle = table.Column<bool>(type: "boolean", nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Redirections", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Promotions_Numero_Libelle",
                table: "Promotions",
                columns: new[] { "Numero", "Libelle" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Redirections_Source",
                table: "Redirections",
                column: "Source",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Redirections");

            migrationBuilder.DropIndex(
                name: "IX_Promotions_Numero_Libelle",
                table: "Promotions");

            migrationBuilder.DropColumn(
                name: "Libelle",
                table: "Promotions");

            migrationBuilder.DropColumn(
                name: "Poids",
                table: "Personnes");

            migrationBuilder.CreateIndex(
                name: "IX_Promotions_Numero",
                table: "Promotions",
                column: "Numero",
                unique: true);
        }
    }
}
