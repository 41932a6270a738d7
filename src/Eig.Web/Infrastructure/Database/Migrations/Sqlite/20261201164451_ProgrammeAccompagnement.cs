using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgrammeAccompagnement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Present",
                table: "InscriptionsEvenements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UtilisateurId",
                table: "InscriptionsEvenements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PromotionId",
                table: "Evenements",
                type: "TEXT",
                nullable: true);

            // The events that exist are the public webinars.
            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "Evenements",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Webinaire");

            migrationBuilder.CreateIndex(
                name: "IX_InscriptionsEvenements_UtilisateurId",
                table: "InscriptionsEvenements",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_Evenements_PromotionId",
                table: "Evenements",
                column: "PromotionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InscriptionsEvenements_UtilisateurId",
                table: "InscriptionsEvenements");

            migrationBuilder.DropIndex(
                name: "IX_Evenements_PromotionId",
                table: "Evenements");

            migrationBuilder.DropColumn(
                name: "Present",
                table: "InscriptionsEvenements");

            migrationBuilder.DropColumn(
                name: "UtilisateurId",
                table: "InscriptionsEvenements");

            migrationBuilder.DropColumn(
                name: "PromotionId",
                table: "Evenements");

            migrationBuilder.DropColumn(
                name: "Type",
                table: "Evenements");
        }
    }
}
