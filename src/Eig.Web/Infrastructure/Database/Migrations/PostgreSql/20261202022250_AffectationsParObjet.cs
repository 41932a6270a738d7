using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AffectationsParObjet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Affectations_Objet_ObjetId_EvaluateurId",
                table: "Affectations");

            migrationBuilder.CreateIndex(
                name: "IX_Affectations_ObjetId_Objet_Etat_EvaluateurId_Id",
                table: "Affectations",
                columns: new[] { "ObjetId", "Objet", "Etat", "EvaluateurId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Affectations_ObjetId_Objet_Etat_EvaluateurId_Id",
                table: "Affectations");

            migrationBuilder.CreateIndex(
                name: "IX_Affectations_Objet_ObjetId_EvaluateurId",
                table: "Affectations",
                columns: new[] { "Objet", "ObjetId", "EvaluateurId" });
        }
    }
}
