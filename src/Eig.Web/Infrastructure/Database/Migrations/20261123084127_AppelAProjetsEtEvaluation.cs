using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Eig.Web.Infrastructure.Database.Migrations;

[DbContext(typeof(EigDbContext))]
[Migration("20261123084127_AppelAProjetsEtEvaluation")]
public partial class AppelAProjetsEtEvaluation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Grilles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                EchelleMin = table.Column<int>(nullable: false),
                EchelleMax = table.Column<int>(nullable: false),
                SeuilDesaccord = table.Column<double>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Grilles", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Affectations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Objet = table.Column<string>(maxLength: 40, nullable: false),
                ObjetId = table.Column<Guid>(nullable: false),
                GrilleId = table.Column<Guid>(nullable: false),
                EvaluateurId = table.Column<Guid>(nullable: false),
                AffecteParId = table.Column<Guid>(nullable: true),
                AffecteLe = table.Column<DateTime>(nullable: false),
                DateLimite = table.Column<DateTime>(nullable: true),
                Etat = table.Column<string>(maxLength: 40, nullable: false),
                ConflitDeclareLe = table.Column<DateTime>(nullable: true),
                MotifConflit = table.Column<string>(maxLength: 2000, nullable: true),
                RetireeLe = table.Column<DateTime>(nullable: true),
                RelanceEnvoyeeLe = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Affectations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Affectations_AspNetUsers_EvaluateurId",
                    column: x => x.EvaluateurId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Affectations_Grilles_GrilleId",
                    column: x => x.GrilleId,
                    principalTable: "Grilles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Criteres",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                GrilleId = table.Column<Guid>(nullable: false),
                Numero = table.Column<int>(nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: false),
                Poids = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Criteres", x => x.Id);
                table.ForeignKey(
                    name: "FK_Criteres_Grilles_GrilleId",
                    column: x => x.GrilleId,
                    principalTable: "Grilles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Evaluations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AffectationId = table.Column<Guid>(nullable: false),
                Etat = table.Column<string>(maxLength: 40, nullable: false),
                CommentaireGeneral = table.Column<string>(maxLength: 4000, nullable: false),
                Recommandation = table.Column<string>(maxLength: 40, nullable: true),
                CreeLe = table.Column<DateTime>(nullable: false),
                ModifieLe = table.Column<DateTime>(nullable: false),
                SoumiseLe = table.Column<DateTime>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Evaluations", x => x.Id);
                table.ForeignKey(
                    name: "FK_Evaluations_Affectations_AffectationId",
                    column: x => x.AffectationId,
                    principalTable: "Affectations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "NotesCriteres",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EvaluationId = table.Column<Guid>(nullable: false),
                CritereId = table.Column<Guid>(nullable: false),
                Note = table.Column<int>(nullable: true),
                Commentaire = table.Column<string>(maxLength: 4000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NotesCriteres", x => x.Id);
                table.ForeignKey(
                    name: "FK_NotesCriteres_Criteres_CritereId",
                    column: x => x.CritereId,
                    principalTable: "Criteres",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_NotesCriteres_Evaluations_EvaluationId",
                    column: x => x.EvaluationId,
                    principalTable: "Evaluations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.AddColumn<Guid>(table: "AppelsAProjets", name: "GrilleId", nullable: true);

        migrationBuilder.AddColumn<int>(table: "AppelsAProjets", name: "EvaluateursMinimum", nullable: false, defaultValue: 2);

        migrationBuilder.AddColumn<int>(table: "AppelsAProjets", name: "DelaiEvaluationJours", nullable: false, defaultValue: 21);

        migrationBuilder.AddColumn<int>(table: "AppelsAProjets", name: "RelanceJoursAvant", nullable: false, defaultValue: 3);

        migrationBuilder.AddColumn<Guid>(table: "AppelsAProjets", name: "ReglementFichierId", nullable: true);

        migrationBuilder.AddColumn<string>(table: "AppelsAProjets", name: "ProfilsProposes", maxLength: 1000, nullable: false, defaultValue: "");

        migrationBuilder.AddColumn<int>(table: "AppelsAProjets", name: "TauxCofinancement", nullable: true);

        migrationBuilder.AddColumn<string>(table: "AppelsAProjets", name: "SalairesReference", maxLength: 100, nullable: false, defaultValue: "");

        migrationBuilder.CreateTable(
            name: "DossiersProjets",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AppelId = table.Column<Guid>(nullable: false),
                PorteurId = table.Column<Guid>(nullable: false),
                Numero = table.Column<int>(nullable: false),
                Etat = table.Column<string>(maxLength: 40, nullable: false),
                CreeLe = table.Column<DateTime>(nullable: false),
                ModifieLe = table.Column<DateTime>(nullable: false),
                DeposeLe = table.Column<DateTime>(nullable: true),
                DecideLe = table.Column<DateTime>(nullable: true),
                EtapeAtteinte = table.Column<int>(nullable: false),
                Titre = table.Column<string>(maxLength: 200, nullable: false),
                Administration = table.Column<string>(maxLength: 200, nullable: false),
                TypeAdministration = table.Column<string>(maxLength: 200, nullable: false),
                Siret = table.Column<string>(maxLength: 14, nullable: true),
                SponsorNom = table.Column<string>(maxLength: 200, nullable: false),
                SponsorFonction = table.Column<string>(maxLength: 200, nullable: false),
                Probleme = table.Column<string>(maxLength: 4000, nullable: false),
                Preuves = table.Column<string>(maxLength: 4000, nullable: false),
                PublicsConcernes = table.Column<string>(maxLength: 4000, nullable: false),
                NombrePersonnesConcernees = table.Column<int>(nullable: true),
                TerrainExperimentation = table.Column<string>(maxLength: 4000, nullable: false),
                ObjectifImpact = table.Column<string>(maxLength: 4000, nullable: false),
                ApprocheProduit = table.Column<string>(maxLength: 4000, nullable: false),
                FeuilleDeRoute = table.Column<string>(maxLength: 4000, nullable: false),
                PrioriteGouvernementale = table.Column<string>(maxLength: 4000, nullable: false),
                ProfilsSouhaites = table.Column<string>(maxLength: 200, nullable: false),
                NombreProfils = table.Column<int>(nullable: true),
                MotifDecision = table.Column<string>(maxLength: 4000, nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DossiersProjets", x => x.Id);
                table.ForeignKey(
                    name: "FK_DossiersProjets_AppelsAProjets_AppelId",
                    column: x => x.AppelId,
                    principalTable: "AppelsAProjets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_DossiersProjets_AspNetUsers_PorteurId",
                    column: x => x.PorteurId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "SessionsJury",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AppelId = table.Column<Guid>(nullable: false),
                Titre = table.Column<string>(maxLength: 200, nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Etat = table.Column<string>(maxLength: 40, nullable: false),
                Deliberation = table.Column<string>(maxLength: 20000, nullable: false),
                PublieeLe = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SessionsJury", x => x.Id);
                table.ForeignKey(
                    name: "FK_SessionsJury_AppelsAProjets_AppelId",
                    column: x => x.AppelId,
                    principalTable: "AppelsAProjets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ChangementsEtatDossiers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DossierId = table.Column<Guid>(nullable: false),
                De = table.Column<string>(maxLength: 40, nullable: false),
                Vers = table.Column<string>(maxLength: 40, nullable: false),
                Le = table.Column<DateTime>(nullable: false),
                ParId = table.Column<Guid>(nullable: false),
                Motif = table.Column<string>(maxLength: 4000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ChangementsEtatDossiers", x => x.Id);
                table.ForeignKey(
                    name: "FK_ChangementsEtatDossiers_DossiersProjets_DossierId",
                    column: x => x.DossierId,
                    principalTable: "DossiersProjets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CoEditeurs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DossierId = table.Column<Guid>(nullable: false),
                UtilisateurId = table.Column<Guid>(nullable: false),
                AjouteLe = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CoEditeurs", x => x.Id);
                table.ForeignKey(
                    name: "FK_CoEditeurs_AspNetUsers_UtilisateurId",
                    column: x => x.UtilisateurId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_CoEditeurs_DossiersProjets_DossierId",
                    column: x => x.DossierId,
                    principalTable: "DossiersProjets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CreneauxSoutenance",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AppelId = table.Column<Guid>(nullable: false),
                Debut = table.Column<DateTime>(nullable: false),
                DureeMinutes = table.Column<int>(nullable: false),
                Lieu = table.Column<string>(maxLength: 300, nullable: false),
                DossierId = table.Column<Guid>(nullable: true),
                ReserveLe = table.Column<DateTime>(nullable: true),
                RappelEnvoyeLe = table.Column<DateTime>(nullable: true),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CreneauxSoutenance", x => x.Id);
                table.ForeignKey(
                    name: "FK_CreneauxSoutenance_AppelsAProjets_AppelId",
                    column: x => x.AppelId,
                    principalTable: "AppelsAProjets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_CreneauxSoutenance_DossiersProjets_DossierId",
                    column: x => x.DossierId,
                    principalTable: "DossiersProjets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "FichiersAap",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DossierId = table.Column<Guid>(nullable: true),
                MessageId = table.Column<Guid>(nullable: true),
                NomFichier = table.Column<string>(maxLength: 255, nullable: false),
                TypeMime = table.Column<string>(maxLength: 100, nullable: false),
                Taille = table.Column<long>(nullable: false),
                Contenu = table.Column<byte[]>(nullable: false),
                DeposeParId = table.Column<Guid>(nullable: false),
                DeposeLe = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FichiersAap", x => x.Id);
                table.ForeignKey(
                    name: "FK_FichiersAap_DossiersProjets_DossierId",
                    column: x => x.DossierId,
                    principalTable: "DossiersProjets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MessagesDossiers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DossierId = table.Column<Guid>(nullable: false),
                AuteurId = table.Column<Guid>(nullable: false),
                DeLEquipe = table.Column<bool>(nullable: false),
                Texte = table.Column<string>(maxLength: 4000, nullable: false),
                Le = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MessagesDossiers", x => x.Id);
                table.ForeignKey(
                    name: "FK_MessagesDossiers_DossiersProjets_DossierId",
                    column: x => x.DossierId,
                    principalTable: "DossiersProjets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MembresJury",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                UtilisateurId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MembresJury", x => x.Id);
                table.ForeignKey(
                    name: "FK_MembresJury_AspNetUsers_UtilisateurId",
                    column: x => x.UtilisateurId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_MembresJury_SessionsJury_SessionId",
                    column: x => x.SessionId,
                    principalTable: "SessionsJury",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PointsOrdreDuJour",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                DossierId = table.Column<Guid>(nullable: false),
                Ordre = table.Column<int>(nullable: false),
                NotesSoutenance = table.Column<string>(maxLength: 4000, nullable: false),
                Decision = table.Column<string>(maxLength: 40, nullable: true),
                Motivation = table.Column<string>(maxLength: 4000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PointsOrdreDuJour", x => x.Id);
                table.ForeignKey(
                    name: "FK_PointsOrdreDuJour_DossiersProjets_DossierId",
                    column: x => x.DossierId,
                    principalTable: "DossiersProjets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_PointsOrdreDuJour_SessionsJury_SessionId",
                    column: x => x.SessionId,
                    principalTable: "SessionsJury",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ProfilsOctroyes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PointId = table.Column<Guid>(nullable: false),
                DossierId = table.Column<Guid>(nullable: false),
                DefiId = table.Column<Guid>(nullable: true),
                Profil = table.Column<string>(maxLength: 200, nullable: false),
                Nombre = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProfilsOctroyes", x => x.Id);
                table.ForeignKey(
                    name: "FK_ProfilsOctroyes_Defis_DefiId",
                    column: x => x.DefiId,
                    principalTable: "Defis",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_ProfilsOctroyes_DossiersProjets_DossierId",
                    column: x => x.DossierId,
                    principalTable: "DossiersProjets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ProfilsOctroyes_PointsOrdreDuJour_PointId",
                    column: x => x.PointId,
                    principalTable: "PointsOrdreDuJour",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_Affectations_EvaluateurId_Etat", table: "Affectations", columns: new[] { "EvaluateurId", "Etat" });

        migrationBuilder.CreateIndex(name: "IX_Affectations_GrilleId", table: "Affectations", column: "GrilleId");

        migrationBuilder.CreateIndex(name: "IX_Affectations_Objet_ObjetId_EvaluateurId", table: "Affectations", columns: new[] { "Objet", "ObjetId", "EvaluateurId" });

        migrationBuilder.CreateIndex(name: "IX_AppelsAProjets_GrilleId", table: "AppelsAProjets", column: "GrilleId");

        migrationBuilder.CreateIndex(name: "IX_AppelsAProjets_ReglementFichierId", table: "AppelsAProjets", column: "ReglementFichierId");

        migrationBuilder.CreateIndex(name: "IX_ChangementsEtatDossiers_DossierId_Le", table: "ChangementsEtatDossiers", columns: new[] { "DossierId", "Le" });

        migrationBuilder.CreateIndex(name: "IX_CoEditeurs_DossierId_UtilisateurId", table: "CoEditeurs", columns: new[] { "DossierId", "UtilisateurId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_CoEditeurs_UtilisateurId", table: "CoEditeurs", column: "UtilisateurId");

        migrationBuilder.CreateIndex(name: "IX_CreneauxSoutenance_AppelId_Debut", table: "CreneauxSoutenance", columns: new[] { "AppelId", "Debut" });

        migrationBuilder.CreateIndex(name: "IX_CreneauxSoutenance_DossierId", table: "CreneauxSoutenance", column: "DossierId");

        migrationBuilder.CreateIndex(name: "IX_Criteres_GrilleId_Numero", table: "Criteres", columns: new[] { "GrilleId", "Numero" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_DossiersProjets_AppelId_Etat", table: "DossiersProjets", columns: new[] { "AppelId", "Etat" });

        migrationBuilder.CreateIndex(name: "IX_DossiersProjets_ModifieLe", table: "DossiersProjets", column: "ModifieLe");

        migrationBuilder.CreateIndex(name: "IX_DossiersProjets_Numero", table: "DossiersProjets", column: "Numero", unique: true);

        migrationBuilder.CreateIndex(name: "IX_DossiersProjets_PorteurId", table: "DossiersProjets", column: "PorteurId");

        migrationBuilder.CreateIndex(name: "IX_Evaluations_AffectationId", table: "Evaluations", column: "AffectationId", unique: true);

        migrationBuilder.CreateIndex(name: "IX_FichiersAap_DossierId", table: "FichiersAap", column: "DossierId");

        migrationBuilder.CreateIndex(name: "IX_FichiersAap_MessageId", table: "FichiersAap", column: "MessageId");

        migrationBuilder.CreateIndex(name: "IX_MembresJury_SessionId_UtilisateurId", table: "MembresJury", columns: new[] { "SessionId", "UtilisateurId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_MembresJury_UtilisateurId", table: "MembresJury", column: "UtilisateurId");

        migrationBuilder.CreateIndex(name: "IX_MessagesDossiers_DossierId_Le", table: "MessagesDossiers", columns: new[] { "DossierId", "Le" });

        migrationBuilder.CreateIndex(name: "IX_NotesCriteres_CritereId", table: "NotesCriteres", column: "CritereId");

        migrationBuilder.CreateIndex(name: "IX_NotesCriteres_EvaluationId_CritereId", table: "NotesCriteres", columns: new[] { "EvaluationId", "CritereId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_PointsOrdreDuJour_DossierId", table: "PointsOrdreDuJour", column: "DossierId");

        migrationBuilder.CreateIndex(name: "IX_PointsOrdreDuJour_SessionId_DossierId", table: "PointsOrdreDuJour", columns: new[] { "SessionId", "DossierId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_ProfilsOctroyes_DefiId", table: "ProfilsOctroyes", column: "DefiId");

        migrationBuilder.CreateIndex(name: "IX_ProfilsOctroyes_DossierId", table: "ProfilsOctroyes", column: "DossierId");

        migrationBuilder.CreateIndex(name: "IX_ProfilsOctroyes_PointId", table: "ProfilsOctroyes", column: "PointId");

        migrationBuilder.CreateIndex(name: "IX_SessionsJury_AppelId", table: "SessionsJury", column: "AppelId");

    }
}
