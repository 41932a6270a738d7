using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class NouveautesIndexees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_SoumiseLe",
                table: "Evaluations",
                column: "SoumiseLe");

            migrationBuilder.CreateIndex(
                name: "IX_DossiersProjets_DeposeLe_Etat",
                table: "DossiersProjets",
                columns: new[] { "DeposeLe", "Etat" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Evaluations_SoumiseLe",
                table: "Evaluations");

            migrationBuilder.DropIndex(
                name: "IX_DossiersProjets_DeposeLe_Etat",
                table: "DossiersProjets");
        }
    }
}
