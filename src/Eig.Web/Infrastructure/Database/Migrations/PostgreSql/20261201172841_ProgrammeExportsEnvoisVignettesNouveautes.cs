using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ProgrammeExportsEnvoisVignettesNouveautes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "EnvoiCommenceLe",
                table: "Outbox",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Hauteur",
                table: "Medias",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Largeur",
                table: "Medias",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Vignette",
                table: "Medias",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VignetteHauteur",
                table: "Medias",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VignetteLargeur",
                table: "Medias",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Present",
                table: "InscriptionsEvenements",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "UtilisateurId",
                table: "InscriptionsEvenements",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PromotionId",
                table: "Evenements",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "Evenements",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    UtilisateurId = table.Column<Guid>(type: "uuid", nullable: false),
                    Objet = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ObjetId = table.Column<Guid>(type: "uuid", nullable: false),
                    VuLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => new { x.UtilisateurId, x.Objet, x.ObjetId });
                    table.ForeignKey(
                        name: "FK_Consultations_AspNetUsers_UtilisateurId",
                        column: x => x.UtilisateurId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DemandesResultats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PromotionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Qualite = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DefiId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonneId = table.Column<Guid>(type: "uuid", nullable: true),
                    UtilisateurId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EnvoyeeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpireLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RepondueLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EnvoyeeParId = table.Column<Guid>(type: "uuid", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ExportsPrepares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Jeu = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DemandeParId = table.Column<Guid>(type: "uuid", nullable: false),
                    DemandeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Etat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PretLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NomFichier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TypeMime = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Contenu = table.Column<byte[]>(type: "bytea", nullable: true),
                    Taille = table.Column<long>(type: "bigint", nullable: false),
                    Erreur = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportsPrepares", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InscriptionsEvenements_UtilisateurId",
                table: "InscriptionsEvenements",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_Evenements_PromotionId",
                table: "Evenements",
                column: "PromotionId");

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

            migrationBuilder.CreateIndex(
                name: "IX_ExportsPrepares_DemandeParId",
                table: "ExportsPrepares",
                column: "DemandeParId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportsPrepares_Etat_DemandeLe",
                table: "ExportsPrepares",
                columns: new[] { "Etat", "DemandeLe" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "DemandesResultats");

            migrationBuilder.DropTable(
                name: "ExportsPrepares");

            migrationBuilder.DropIndex(
                name: "IX_InscriptionsEvenements_UtilisateurId",
                table: "InscriptionsEvenements");

            migrationBuilder.DropIndex(
                name: "IX_Evenements_PromotionId",
                table: "Evenements");

            migrationBuilder.DropColumn(
                name: "EnvoiCommenceLe",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Hauteur",
                table: "Medias");

            migrationBuilder.DropColumn(
                name: "Largeur",
                table: "Medias");

            migrationBuilder.DropColumn(
                name: "Vignette",
                table: "Medias");

            migrationBuilder.DropColumn(
                name: "VignetteHauteur",
                table: "Medias");

            migrationBuilder.DropColumn(
                name: "VignetteLargeur",
                table: "Medias");

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
