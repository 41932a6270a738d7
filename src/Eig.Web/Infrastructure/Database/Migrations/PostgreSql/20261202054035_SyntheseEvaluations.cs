using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SyntheseEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DossiersProjets_AppelId_Etat",
                table: "DossiersProjets");

            migrationBuilder.AddColumn<int>(
                name: "EvaluationsSoumises",
                table: "DossiersProjets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "NoteMediane",
                table: "DossiersProjets",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "NoteMoyenne",
                table: "DossiersProjets",
                type: "double precision",
                nullable: true);

            // The summary of the reviews already submitted, as SyntheseEvaluations keeps it from now on (same SQL on
            // both databases: window functions for the median, the mean of the middle two when their number is even).
            migrationBuilder.Sql(@"
UPDATE ""DossiersProjets"" SET
    ""EvaluationsSoumises"" = (
        SELECT COUNT(*) FROM ""Affectations"" a JOIN ""Evaluations"" e ON e.""AffectationId"" = a.""Id""
        WHERE a.""ObjetId"" = ""DossiersProjets"".""Id"" AND a.""Objet"" = 'dossier-projet' AND a.""Etat"" = 'Active' AND e.""Etat"" = 'Soumise'),
    ""NoteMoyenne"" = (
        SELECT AVG(e.""NoteGlobaleSoumise"") FROM ""Affectations"" a JOIN ""Evaluations"" e ON e.""AffectationId"" = a.""Id""
        WHERE a.""ObjetId"" = ""DossiersProjets"".""Id"" AND a.""Objet"" = 'dossier-projet' AND a.""Etat"" = 'Active' AND e.""Etat"" = 'Soumise'),
    ""NoteMediane"" = (
        SELECT AVG(n.""Note"") FROM (
            SELECT e.""NoteGlobaleSoumise"" AS ""Note"",
                   ROW_NUMBER() OVER (ORDER BY e.""NoteGlobaleSoumise"") AS ""Rang"",
                   COUNT(*) OVER () AS ""Nombre""
            FROM ""Affectations"" a JOIN ""Evaluations"" e ON e.""AffectationId"" = a.""Id""
            WHERE a.""ObjetId"" = ""DossiersProjets"".""Id"" AND a.""Objet"" = 'dossier-projet' AND a.""Etat"" = 'Active' AND e.""Etat"" = 'Soumise'
              AND e.""NoteGlobaleSoumise"" IS NOT NULL) n
        WHERE n.""Rang"" IN ((n.""Nombre"" + 1) / 2, (n.""Nombre"" + 2) / 2))
WHERE ""Etat"" <> 'Brouillon';");

            migrationBuilder.CreateIndex(
                name: "IX_DossiersProjets_Classement",
                table: "DossiersProjets",
                columns: new[] { "AppelId", "Etat", "NoteMoyenne", "NoteMediane", "EvaluationsSoumises", "Numero" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DossiersProjets_Classement",
                table: "DossiersProjets");

            migrationBuilder.DropColumn(
                name: "EvaluationsSoumises",
                table: "DossiersProjets");

            migrationBuilder.DropColumn(
                name: "NoteMediane",
                table: "DossiersProjets");

            migrationBuilder.DropColumn(
                name: "NoteMoyenne",
                table: "DossiersProjets");

            migrationBuilder.CreateIndex(
                name: "IX_DossiersProjets_AppelId_Etat",
                table: "DossiersProjets",
                columns: new[] { "AppelId", "Etat" });
        }
    }
}
