using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Eig.Web.Infrastructure.Database.Migrations;

[DbContext(typeof(EigDbContext))]
[Migration("20261123084039_AppelACandidaturesRecrutement")]
public partial class AppelACandidaturesRecrutement : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Calls that already exist get the pay grid of seed 004 (promotion 7) rather than zeros.
        migrationBuilder.AddColumn<int>(table: "AppelsACandidatures", name: "GrilleSeuilAnnees", nullable: false, defaultValue: 10);

        migrationBuilder.AddColumn<int>(table: "AppelsACandidatures", name: "GrilleSalaireJusquauSeuil", nullable: false, defaultValue: 4250);

        migrationBuilder.AddColumn<int>(table: "AppelsACandidatures", name: "GrilleVariableJusquauSeuil", nullable: false, defaultValue: 6);

        migrationBuilder.AddColumn<int>(table: "AppelsACandidatures", name: "GrilleSalaireAuDela", nullable: false, defaultValue: 5000);

        migrationBuilder.AddColumn<int>(table: "AppelsACandidatures", name: "GrilleVariableAuDela", nullable: false, defaultValue: 10);

        migrationBuilder.CreateTable(
            name: "ProfilsRecherches",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AppelId = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 40, nullable: false),
                Libelle = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                Ordre = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProfilsRecherches", x => x.Id);
                table.ForeignKey(
                    name: "FK_ProfilsRecherches_AppelsACandidatures_AppelId",
                    column: x => x.AppelId,
                    principalTable: "AppelsACandidatures",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ReglementsAppels",
            columns: table => new
            {
                AppelId = table.Column<Guid>(nullable: false),
                NomFichier = table.Column<string>(maxLength: 255, nullable: false),
                Contenu = table.Column<byte[]>(nullable: false),
                DeposeLe = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReglementsAppels", x => x.AppelId);
                table.ForeignKey(
                    name: "FK_ReglementsAppels_AppelsACandidatures_AppelId",
                    column: x => x.AppelId,
                    principalTable: "AppelsACandidatures",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SprintsRecrutement",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AppelId = table.Column<Guid>(nullable: false),
                Numero = table.Column<int>(nullable: false),
                DepotDebut = table.Column<DateOnly>(nullable: false),
                DepotFin = table.Column<DateOnly>(nullable: false),
                EntretiensDebut = table.Column<DateOnly>(nullable: false),
                EntretiensFin = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SprintsRecrutement", x => x.Id);
                table.ForeignKey(
                    name: "FK_SprintsRecrutement_AppelsACandidatures_AppelId",
                    column: x => x.AppelId,
                    principalTable: "AppelsACandidatures",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PostesOuverts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DefiId = table.Column<Guid>(nullable: false),
                ProfilCode = table.Column<string>(maxLength: 40, nullable: false),
                Nombre = table.Column<int>(nullable: false),
                Expertises = table.Column<string>(maxLength: 1000, nullable: false),
                DebutSouhaite = table.Column<DateOnly>(nullable: true),
                ReferentId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PostesOuverts", x => x.Id);
                table.ForeignKey(
                    name: "FK_PostesOuverts_AspNetUsers_ReferentId",
                    column: x => x.ReferentId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_PostesOuverts_Defis_DefiId",
                    column: x => x.DefiId,
                    principalTable: "Defis",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Candidatures",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AppelId = table.Column<Guid>(nullable: false),
                CandidatId = table.Column<Guid>(nullable: true),
                ProfilId = table.Column<Guid>(nullable: true),
                SprintId = table.Column<Guid>(nullable: true),
                Prenom = table.Column<string>(maxLength: 200, nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Telephone = table.Column<string>(maxLength: 200, nullable: false),
                Ville = table.Column<string>(maxLength: 200, nullable: false),
                AnneesExperience = table.Column<int>(nullable: true),
                ExperienceEntrepreneuriale = table.Column<string>(maxLength: 5000, nullable: false),
                Motivation = table.Column<string>(maxLength: 5000, nullable: false),
                Competences = table.Column<string>(maxLength: 1000, nullable: false),
                Domaines = table.Column<string>(maxLength: 1000, nullable: false),
                LienLinkedIn = table.Column<string>(maxLength: 500, nullable: false),
                LienGitHub = table.Column<string>(maxLength: 500, nullable: false),
                LienPortfolio = table.Column<string>(maxLength: 500, nullable: false),
                Disponibilite = table.Column<DateOnly>(nullable: true),
                ConsentementLe = table.Column<DateTime>(nullable: true),
                AnnuairePublic = table.Column<bool>(nullable: false),
                Etat = table.Column<string>(maxLength: 40, nullable: false),
                CreeLe = table.Column<DateTime>(nullable: false),
                ModifieLe = table.Column<DateTime>(nullable: false),
                DeposeeLe = table.Column<DateTime>(nullable: true),
                DecisionLe = table.Column<DateTime>(nullable: true),
                EtapeArret = table.Column<int>(nullable: true),
                MotifDecision = table.Column<string>(maxLength: 2000, nullable: false),
                AvisPurgeLe = table.Column<DateTime>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Candidatures", x => x.Id);
                table.ForeignKey(
                    name: "FK_Candidatures_AppelsACandidatures_AppelId",
                    column: x => x.AppelId,
                    principalTable: "AppelsACandidatures",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Candidatures_AspNetUsers_CandidatId",
                    column: x => x.CandidatId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Candidatures_ProfilsRecherches_ProfilId",
                    column: x => x.ProfilId,
                    principalTable: "ProfilsRecherches",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Candidatures_SprintsRecrutement_SprintId",
                    column: x => x.SprintId,
                    principalTable: "SprintsRecrutement",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Creneaux",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Type = table.Column<string>(maxLength: 40, nullable: false),
                SprintId = table.Column<Guid>(nullable: true),
                ProfilId = table.Column<Guid>(nullable: true),
                DefiId = table.Column<Guid>(nullable: true),
                Debut = table.Column<DateTime>(nullable: false),
                Fin = table.Column<DateTime>(nullable: false),
                Modalites = table.Column<string>(maxLength: 500, nullable: false),
                CandidatureId = table.Column<Guid>(nullable: true),
                ReserveLe = table.Column<DateTime>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Creneaux", x => x.Id);
                table.ForeignKey(
                    name: "FK_Creneaux_Candidatures_CandidatureId",
                    column: x => x.CandidatureId,
                    principalTable: "Candidatures",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Creneaux_Defis_DefiId",
                    column: x => x.DefiId,
                    principalTable: "Defis",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Creneaux_SprintsRecrutement_SprintId",
                    column: x => x.SprintId,
                    principalTable: "SprintsRecrutement",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CvCandidatures",
            columns: table => new
            {
                CandidatureId = table.Column<Guid>(nullable: false),
                NomFichier = table.Column<string>(maxLength: 255, nullable: false),
                Taille = table.Column<int>(nullable: false),
                Contenu = table.Column<byte[]>(nullable: false),
                DeposeLe = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CvCandidatures", x => x.CandidatureId);
                table.ForeignKey(
                    name: "FK_CvCandidatures_Candidatures_CandidatureId",
                    column: x => x.CandidatureId,
                    principalTable: "Candidatures",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "JalonsCandidatures",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CandidatureId = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Etat = table.Column<string>(maxLength: 40, nullable: false),
                ParId = table.Column<Guid>(nullable: true),
                Motif = table.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_JalonsCandidatures", x => x.Id);
                table.ForeignKey(
                    name: "FK_JalonsCandidatures_Candidatures_CandidatureId",
                    column: x => x.CandidatureId,
                    principalTable: "Candidatures",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MembresEquipes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DefiId = table.Column<Guid>(nullable: false),
                UtilisateurId = table.Column<Guid>(nullable: true),
                CandidatureId = table.Column<Guid>(nullable: true),
                NomComplet = table.Column<string>(maxLength: 200, nullable: false),
                Profil = table.Column<string>(maxLength: 200, nullable: false),
                Depuis = table.Column<DateOnly>(nullable: false),
                AnnuairePublic = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MembresEquipes", x => x.Id);
                table.ForeignKey(
                    name: "FK_MembresEquipes_AspNetUsers_UtilisateurId",
                    column: x => x.UtilisateurId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_MembresEquipes_Candidatures_CandidatureId",
                    column: x => x.CandidatureId,
                    principalTable: "Candidatures",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_MembresEquipes_Defis_DefiId",
                    column: x => x.DefiId,
                    principalTable: "Defis",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Propositions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PosteId = table.Column<Guid>(nullable: false),
                DefiId = table.Column<Guid>(nullable: false),
                CandidatureId = table.Column<Guid>(nullable: false),
                Explication = table.Column<string>(maxLength: 1000, nullable: false),
                ProposeeLe = table.Column<DateTime>(nullable: false),
                ProposeeParId = table.Column<Guid>(nullable: false),
                Etat = table.Column<string>(maxLength: 40, nullable: false),
                AvisAdministration = table.Column<string>(maxLength: 4000, nullable: false),
                DecideeLe = table.Column<DateTime>(nullable: true),
                DecideeParId = table.Column<Guid>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Propositions", x => x.Id);
                table.ForeignKey(
                    name: "FK_Propositions_Candidatures_CandidatureId",
                    column: x => x.CandidatureId,
                    principalTable: "Candidatures",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Propositions_PostesOuverts_PosteId",
                    column: x => x.PosteId,
                    principalTable: "PostesOuverts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Offres",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CandidatureId = table.Column<Guid>(nullable: false),
                PropositionId = table.Column<Guid>(nullable: false),
                DefiId = table.Column<Guid>(nullable: false),
                SalaireNetMensuel = table.Column<int>(nullable: false),
                PartVariablePourcent = table.Column<int>(nullable: false),
                RegleAppliquee = table.Column<string>(maxLength: 500, nullable: false),
                DureeMois = table.Column<int>(nullable: false),
                DateDebut = table.Column<DateOnly>(nullable: false),
                Etat = table.Column<string>(maxLength: 40, nullable: false),
                EnvoyeeLe = table.Column<DateTime>(nullable: false),
                EnvoyeeParId = table.Column<Guid>(nullable: false),
                ReponduLe = table.Column<DateTime>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Offres", x => x.Id);
                table.ForeignKey(
                    name: "FK_Offres_Candidatures_CandidatureId",
                    column: x => x.CandidatureId,
                    principalTable: "Candidatures",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Offres_Defis_DefiId",
                    column: x => x.DefiId,
                    principalTable: "Defis",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Offres_Propositions_PropositionId",
                    column: x => x.PropositionId,
                    principalTable: "Propositions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_Candidatures_AppelId_CandidatId", table: "Candidatures", columns: new[] { "AppelId", "CandidatId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Candidatures_AppelId_Etat_ProfilId", table: "Candidatures", columns: new[] { "AppelId", "Etat", "ProfilId" });

        migrationBuilder.CreateIndex(name: "IX_Candidatures_CandidatId", table: "Candidatures", column: "CandidatId");

        migrationBuilder.CreateIndex(name: "IX_Candidatures_ProfilId", table: "Candidatures", column: "ProfilId");

        migrationBuilder.CreateIndex(name: "IX_Candidatures_SprintId", table: "Candidatures", column: "SprintId");

        migrationBuilder.CreateIndex(name: "IX_Creneaux_CandidatureId", table: "Creneaux", column: "CandidatureId");

        migrationBuilder.CreateIndex(name: "IX_Creneaux_DefiId_Debut", table: "Creneaux", columns: new[] { "DefiId", "Debut" });

        migrationBuilder.CreateIndex(name: "IX_Creneaux_SprintId", table: "Creneaux", column: "SprintId");

        migrationBuilder.CreateIndex(name: "IX_Creneaux_Type_SprintId_ProfilId_Debut", table: "Creneaux", columns: new[] { "Type", "SprintId", "ProfilId", "Debut" });

        migrationBuilder.CreateIndex(name: "IX_JalonsCandidatures_CandidatureId_At", table: "JalonsCandidatures", columns: new[] { "CandidatureId", "At" });

        migrationBuilder.CreateIndex(name: "IX_MembresEquipes_CandidatureId", table: "MembresEquipes", column: "CandidatureId", unique: true);

        migrationBuilder.CreateIndex(name: "IX_MembresEquipes_DefiId", table: "MembresEquipes", column: "DefiId");

        migrationBuilder.CreateIndex(name: "IX_MembresEquipes_UtilisateurId", table: "MembresEquipes", column: "UtilisateurId");

        migrationBuilder.CreateIndex(name: "IX_Offres_CandidatureId_Active", table: "Offres", column: "CandidatureId", unique: true, filter: "\"Etat\" = 'Envoyee'");

        migrationBuilder.CreateIndex(name: "IX_Offres_DefiId", table: "Offres", column: "DefiId");

        migrationBuilder.CreateIndex(name: "IX_Offres_PropositionId", table: "Offres", column: "PropositionId");

        migrationBuilder.CreateIndex(name: "IX_PostesOuverts_DefiId_ProfilCode", table: "PostesOuverts", columns: new[] { "DefiId", "ProfilCode" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_PostesOuverts_ReferentId", table: "PostesOuverts", column: "ReferentId");

        migrationBuilder.CreateIndex(name: "IX_ProfilsRecherches_AppelId_Code", table: "ProfilsRecherches", columns: new[] { "AppelId", "Code" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Propositions_CandidatureId", table: "Propositions", column: "CandidatureId");

        migrationBuilder.CreateIndex(name: "IX_Propositions_DefiId", table: "Propositions", column: "DefiId");

        migrationBuilder.CreateIndex(name: "IX_Propositions_PosteId_CandidatureId", table: "Propositions", columns: new[] { "PosteId", "CandidatureId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_SprintsRecrutement_AppelId_Numero", table: "SprintsRecrutement", columns: new[] { "AppelId", "Numero" }, unique: true);

    }
}
