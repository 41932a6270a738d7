using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SuiviEquipe : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Organisation",
                table: "AspNetUsers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Annotations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true),
                    CandidatureId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuteurId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuteurNom = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Texte = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Le = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Annotations", x => x.Id);
                    table.CheckConstraint("CK_Annotations_Cible", "(\"DossierId\" IS NULL) <> (\"CandidatureId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_Annotations_Candidatures_CandidatureId",
                        column: x => x.CandidatureId,
                        principalTable: "Candidatures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Annotations_DossiersProjets_DossierId",
                        column: x => x.DossierId,
                        principalTable: "DossiersProjets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Etiquettes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Nom = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Couleur = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Etiquettes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Suiveurs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true),
                    CandidatureId = table.Column<Guid>(type: "uuid", nullable: true),
                    UtilisateurId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepuisLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suiveurs", x => x.Id);
                    table.CheckConstraint("CK_Suiveurs_Cible", "(\"DossierId\" IS NULL) <> (\"CandidatureId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_Suiveurs_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Suiveurs_Candidatures_CandidatureId",
                        column: x => x.CandidatureId,
                        principalTable: "Candidatures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Suiveurs_DossiersProjets_DossierId",
                        column: x => x.DossierId,
                        principalTable: "DossiersProjets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EtiquettesPosees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EtiquetteId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true),
                    CandidatureId = table.Column<Guid>(type: "uuid", nullable: true),
                    ParId = table.Column<Guid>(type: "uuid", nullable: false),
                    Le = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EtiquettesPosees", x => x.Id);
                    table.CheckConstraint("CK_EtiquettesPosees_Cible", "(\"DossierId\" IS NULL) <> (\"CandidatureId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_EtiquettesPosees_Candidatures_CandidatureId",
                        column: x => x.CandidatureId,
                        principalTable: "Candidatures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EtiquettesPosees_DossiersProjets_DossierId",
                        column: x => x.DossierId,
                        principalTable: "DossiersProjets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EtiquettesPosees_Etiquettes_EtiquetteId",
                        column: x => x.EtiquetteId,
                        principalTable: "Etiquettes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Annotations_CandidatureId",
                table: "Annotations",
                column: "CandidatureId");

            migrationBuilder.CreateIndex(
                name: "IX_Annotations_DossierId",
                table: "Annotations",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Etiquettes_Nom",
                table: "Etiquettes",
                column: "Nom",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EtiquettesPosees_CandidatureId_EtiquetteId",
                table: "EtiquettesPosees",
                columns: new[] { "CandidatureId", "EtiquetteId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EtiquettesPosees_DossierId_EtiquetteId",
                table: "EtiquettesPosees",
                columns: new[] { "DossierId", "EtiquetteId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EtiquettesPosees_EtiquetteId",
                table: "EtiquettesPosees",
                column: "EtiquetteId");

            migrationBuilder.CreateIndex(
                name: "IX_Suiveurs_CandidatureId_UtilisateurId",
                table: "Suiveurs",
                columns: new[] { "CandidatureId", "UtilisateurId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Suiveurs_DossierId_UtilisateurId",
                table: "Suiveurs",
                columns: new[] { "DossierId", "UtilisateurId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Suiveurs_UtilisateurId",
                table: "Suiveurs",
                column: "UtilisateurId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Annotations");

            migrationBuilder.DropTable(
                name: "EtiquettesPosees");

            migrationBuilder.DropTable(
                name: "Suiveurs");

            migrationBuilder.DropTable(
                name: "Etiquettes");

            migrationBuilder.DropColumn(
                name: "Organisation",
                table: "AspNetUsers");
        }
    }
}
