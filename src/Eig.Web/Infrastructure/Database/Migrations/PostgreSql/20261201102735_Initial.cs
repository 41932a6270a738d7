using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AbonnesNewsletter",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Statut = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    JetonConfirmationHash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JetonDesinscriptionHash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InscritLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DesinscritLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Origine = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AbonnesNewsletter", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Fichier = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Titre = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Auteur = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Image = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Categories = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ArticlesLies = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Corps = table.Column<string>(type: "text", nullable: false),
                    TexteBrut = table.Column<bool>(type: "boolean", nullable: false),
                    Extras = table.Column<string>(type: "text", nullable: false),
                    Statut = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PublieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NomComplet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Audit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActeurId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActeurEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Objet = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ObjetId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AdresseIp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreneauxAppel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Debut = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreneauxAppel", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Evenements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Titre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Debut = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DureeMinutes = table.Column<int>(type: "integer", nullable: false),
                    Lien = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Capacite = table.Column<int>(type: "integer", nullable: false),
                    Inscrits = table.Column<int>(type: "integer", nullable: false),
                    Publie = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evenements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Grilles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EchelleMin = table.Column<int>(type: "integer", nullable: false),
                    EchelleMax = table.Column<int>(type: "integer", nullable: false),
                    SeuilDesaccord = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Grilles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreeeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpireLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AccepteeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    InviteParId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Medias",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TypeMime = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Donnees = table.Column<byte[]>(type: "bytea", nullable: false),
                    Taille = table.Column<int>(type: "integer", nullable: false),
                    TexteAlternatif = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AjouteLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Medias", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MessagesContact",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Objet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    RecuLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessagesContact", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    A = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Sujet = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CorpsHtml = table.Column<string>(type: "text", nullable: false),
                    CorpsTexte = table.Column<string>(type: "text", nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Tentatives = table.Column<int>(type: "integer", nullable: false),
                    ProchaineTentative = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnvoyeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DerniereErreur = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Fichier = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Adresse = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Titre = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Layout = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FrontMatter = table.Column<string>(type: "text", nullable: false),
                    Corps = table.Column<string>(type: "text", nullable: false),
                    DescriptionSeo = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ImageOg = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Statut = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PublieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Personnes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Fichier = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Poste = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Promotions = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Defis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Expertises = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Image = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LinkedIn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    GitHub = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Corps = table.Column<string>(type: "text", nullable: false),
                    ConsentementProfilPublic = table.Column<bool>(type: "boolean", nullable: false),
                    Extras = table.Column<string>(type: "text", nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Personnes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Promotions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Numero = table.Column<int>(type: "integer", nullable: false),
                    Annee = table.Column<int>(type: "integer", nullable: false),
                    Debut = table.Column<DateOnly>(type: "date", nullable: false),
                    Fin = table.Column<DateOnly>(type: "date", nullable: false),
                    Extras = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Promotions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Collection = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ObjetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Contenu = table.Column<string>(type: "text", nullable: false),
                    Motif = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Auteur = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Revisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Taches",
                columns: table => new
                {
                    Nom = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ProchaineExecution = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BailJusquA = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Detenteur = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    DernierDebut = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DerniereFin = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DernierSucces = table.Column<bool>(type: "boolean", nullable: true),
                    DernierResultat = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Executions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Taches", x => x.Nom);
                });

            migrationBuilder.CreateTable(
                name: "Taxons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Fichier = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Extras = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Taxons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReservationsCreneaux",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreneauId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Objet = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    JetonAnnulationHash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReserveLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReservationsCreneaux", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReservationsCreneaux_CreneauxAppel_CreneauId",
                        column: x => x.CreneauId,
                        principalTable: "CreneauxAppel",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InscriptionsEvenements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EvenementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    InscritLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InscriptionsEvenements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InscriptionsEvenements_Evenements_EvenementId",
                        column: x => x.EvenementId,
                        principalTable: "Evenements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Affectations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Objet = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ObjetId = table.Column<Guid>(type: "uuid", nullable: false),
                    GrilleId = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluateurId = table.Column<Guid>(type: "uuid", nullable: false),
                    AffecteParId = table.Column<Guid>(type: "uuid", nullable: true),
                    AffecteLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DateLimite = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Etat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ConflitDeclareLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MotifConflit = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RetireeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RelanceEnvoyeeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GrilleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Numero = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Poids = table.Column<int>(type: "integer", nullable: true)
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
                name: "OutboxPiecesJointes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    NomFichier = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    TypeMime = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Contenu = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxPiecesJointes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxPiecesJointes_Outbox_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalTable: "Outbox",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppelsACandidatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GrilleSeuilAnnees = table.Column<int>(type: "integer", nullable: false),
                    GrilleSalaireJusquauSeuil = table.Column<int>(type: "integer", nullable: false),
                    GrilleVariableJusquauSeuil = table.Column<int>(type: "integer", nullable: false),
                    GrilleSalaireAuDela = table.Column<int>(type: "integer", nullable: false),
                    GrilleVariableAuDela = table.Column<int>(type: "integer", nullable: false),
                    PromotionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Titre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Etat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Mode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Ouverture = table.Column<DateOnly>(type: "date", nullable: true),
                    Cloture = table.Column<DateOnly>(type: "date", nullable: true),
                    PublieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppelsACandidatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppelsACandidatures_Promotions_PromotionId",
                        column: x => x.PromotionId,
                        principalTable: "Promotions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Defis",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PromotionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Titre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Resume = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Administration = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Publie = table.Column<bool>(type: "boolean", nullable: false),
                    Fichier = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Lieu = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Ville = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Themes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Expertises = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Promotions = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Image = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Corps = table.Column<string>(type: "text", nullable: false),
                    StartupEtat = table.Column<bool>(type: "boolean", nullable: false),
                    StartupUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CodeSourceUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SiteWeb = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ChiffresCles = table.Column<string>(type: "text", nullable: false),
                    Extras = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Defis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Defis_Promotions_PromotionId",
                        column: x => x.PromotionId,
                        principalTable: "Promotions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AffectationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Etat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CommentaireGeneral = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Recommandation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SoumiseLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NoteGlobaleSoumise = table.Column<double>(type: "double precision", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "ProfilsRecherches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Libelle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    GrilleDossierId = table.Column<Guid>(type: "uuid", nullable: true),
                    GrilleEntretienId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    table.ForeignKey(
                        name: "FK_ProfilsRecherches_Grilles_GrilleDossierId",
                        column: x => x.GrilleDossierId,
                        principalTable: "Grilles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProfilsRecherches_Grilles_GrilleEntretienId",
                        column: x => x.GrilleEntretienId,
                        principalTable: "Grilles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReglementsAppels",
                columns: table => new
                {
                    AppelId = table.Column<Guid>(type: "uuid", nullable: false),
                    NomFichier = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Contenu = table.Column<byte[]>(type: "bytea", nullable: false),
                    DeposeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Numero = table.Column<int>(type: "integer", nullable: false),
                    DepotDebut = table.Column<DateOnly>(type: "date", nullable: false),
                    DepotFin = table.Column<DateOnly>(type: "date", nullable: false),
                    EntretiensDebut = table.Column<DateOnly>(type: "date", nullable: false),
                    EntretiensFin = table.Column<DateOnly>(type: "date", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DefiId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProfilCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Nombre = table.Column<int>(type: "integer", nullable: false),
                    Expertises = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DebutSouhaite = table.Column<DateOnly>(type: "date", nullable: true),
                    ReferentId = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "NotesCriteres",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CritereId = table.Column<Guid>(type: "uuid", nullable: false),
                    Note = table.Column<int>(type: "integer", nullable: true),
                    Commentaire = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Candidatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppelId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidatId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProfilId = table.Column<Guid>(type: "uuid", nullable: true),
                    SprintId = table.Column<Guid>(type: "uuid", nullable: true),
                    Prenom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Telephone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Ville = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AnneesExperience = table.Column<int>(type: "integer", nullable: true),
                    ExperienceEntrepreneuriale = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    Motivation = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    Competences = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Domaines = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    LienLinkedIn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LienGitHub = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LienPortfolio = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Disponibilite = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsentementLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnnuairePublic = table.Column<bool>(type: "boolean", nullable: false),
                    Etat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeposeeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EtapeArret = table.Column<int>(type: "integer", nullable: true),
                    MotifDecision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AvisPurgeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SprintId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProfilId = table.Column<Guid>(type: "uuid", nullable: true),
                    DefiId = table.Column<Guid>(type: "uuid", nullable: true),
                    Debut = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Fin = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Modalites = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CandidatureId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReserveLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                        name: "FK_Creneaux_ProfilsRecherches_ProfilId",
                        column: x => x.ProfilId,
                        principalTable: "ProfilsRecherches",
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
                    CandidatureId = table.Column<Guid>(type: "uuid", nullable: false),
                    NomFichier = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Taille = table.Column<int>(type: "integer", nullable: false),
                    Contenu = table.Column<byte[]>(type: "bytea", nullable: false),
                    DeposeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidatureId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Etat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ParId = table.Column<Guid>(type: "uuid", nullable: true),
                    Motif = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DefiId = table.Column<Guid>(type: "uuid", nullable: false),
                    UtilisateurId = table.Column<Guid>(type: "uuid", nullable: true),
                    CandidatureId = table.Column<Guid>(type: "uuid", nullable: true),
                    NomComplet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Profil = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Depuis = table.Column<DateOnly>(type: "date", nullable: false),
                    AnnuairePublic = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PosteId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefiId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidatureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Explication = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProposeeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProposeeParId = table.Column<Guid>(type: "uuid", nullable: false),
                    Etat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AvisAdministration = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DecideeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecideeParId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                        name: "FK_Propositions_Defis_DefiId",
                        column: x => x.DefiId,
                        principalTable: "Defis",
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidatureId = table.Column<Guid>(type: "uuid", nullable: false),
                    PropositionId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefiId = table.Column<Guid>(type: "uuid", nullable: false),
                    SalaireNetMensuel = table.Column<int>(type: "integer", nullable: false),
                    PartVariablePourcent = table.Column<int>(type: "integer", nullable: false),
                    RegleAppliquee = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DureeMois = table.Column<int>(type: "integer", nullable: false),
                    DateDebut = table.Column<DateOnly>(type: "date", nullable: false),
                    Etat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnvoyeeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EnvoyeeParId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReponduLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "AppelsAProjets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GrilleId = table.Column<Guid>(type: "uuid", nullable: true),
                    EvaluateursMinimum = table.Column<int>(type: "integer", nullable: false),
                    DelaiEvaluationJours = table.Column<int>(type: "integer", nullable: false),
                    RelanceJoursAvant = table.Column<int>(type: "integer", nullable: false),
                    ReglementFichierId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProfilsProposes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TauxCofinancement = table.Column<int>(type: "integer", nullable: true),
                    SalairesReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PromotionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Titre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Etat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Mode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Ouverture = table.Column<DateOnly>(type: "date", nullable: true),
                    Cloture = table.Column<DateOnly>(type: "date", nullable: true),
                    PublieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppelsAProjets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppelsAProjets_Grilles_GrilleId",
                        column: x => x.GrilleId,
                        principalTable: "Grilles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AppelsAProjets_Promotions_PromotionId",
                        column: x => x.PromotionId,
                        principalTable: "Promotions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossiersProjets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppelId = table.Column<Guid>(type: "uuid", nullable: false),
                    PorteurId = table.Column<Guid>(type: "uuid", nullable: false),
                    Numero = table.Column<int>(type: "integer", nullable: false),
                    Etat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifieLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeposeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecideLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EtapeAtteinte = table.Column<int>(type: "integer", nullable: false),
                    Titre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Administration = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TypeAdministration = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    SponsorNom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SponsorFonction = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Probleme = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Preuves = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PublicsConcernes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    NombrePersonnesConcernees = table.Column<int>(type: "integer", nullable: true),
                    TerrainExperimentation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ObjectifImpact = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ApprocheProduit = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FeuilleDeRoute = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PrioriteGouvernementale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ProfilsSouhaites = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NombreProfils = table.Column<int>(type: "integer", nullable: true),
                    MotifDecision = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Titre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Etat = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Deliberation = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    PublieeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    De = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Vers = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Le = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ParId = table.Column<Guid>(type: "uuid", nullable: false),
                    Motif = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    UtilisateurId = table.Column<Guid>(type: "uuid", nullable: false),
                    AjouteLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Debut = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DureeMinutes = table.Column<int>(type: "integer", nullable: false),
                    Lieu = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReserveLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RappelEnvoyeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "MessagesDossiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuteurId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeLEquipe = table.Column<bool>(type: "boolean", nullable: false),
                    Texte = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Le = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UtilisateurId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    NotesSoutenance = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Motivation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
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
                name: "FichiersAap",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: true),
                    NomFichier = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    TypeMime = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Taille = table.Column<long>(type: "bigint", nullable: false),
                    Contenu = table.Column<byte[]>(type: "bytea", nullable: false),
                    DeposeParId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeposeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    table.ForeignKey(
                        name: "FK_FichiersAap_MessagesDossiers_MessageId",
                        column: x => x.MessageId,
                        principalTable: "MessagesDossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProfilsOctroyes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PointId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefiId = table.Column<Guid>(type: "uuid", nullable: true),
                    Profil = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nombre = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_AbonnesNewsletter_Email",
                table: "AbonnesNewsletter",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Affectations_EvaluateurId_Etat",
                table: "Affectations",
                columns: new[] { "EvaluateurId", "Etat" });

            migrationBuilder.CreateIndex(
                name: "IX_Affectations_GrilleId",
                table: "Affectations",
                column: "GrilleId");

            migrationBuilder.CreateIndex(
                name: "IX_Affectations_Objet_ObjetId_EvaluateurId",
                table: "Affectations",
                columns: new[] { "Objet", "ObjetId", "EvaluateurId" });

            migrationBuilder.CreateIndex(
                name: "IX_AppelsACandidatures_PromotionId",
                table: "AppelsACandidatures",
                column: "PromotionId");

            migrationBuilder.CreateIndex(
                name: "IX_AppelsAProjets_GrilleId",
                table: "AppelsAProjets",
                column: "GrilleId");

            migrationBuilder.CreateIndex(
                name: "IX_AppelsAProjets_PromotionId",
                table: "AppelsAProjets",
                column: "PromotionId");

            migrationBuilder.CreateIndex(
                name: "IX_AppelsAProjets_ReglementFichierId",
                table: "AppelsAProjets",
                column: "ReglementFichierId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Fichier",
                table: "Articles",
                column: "Fichier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Slug",
                table: "Articles",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Statut_Date",
                table: "Articles",
                columns: new[] { "Statut", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Audit_At",
                table: "Audit",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Audit_Objet_ObjetId",
                table: "Audit",
                columns: new[] { "Objet", "ObjetId" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidatures_AppelId_CandidatId",
                table: "Candidatures",
                columns: new[] { "AppelId", "CandidatId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Candidatures_AppelId_Etat_ProfilId",
                table: "Candidatures",
                columns: new[] { "AppelId", "Etat", "ProfilId" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidatures_CandidatId",
                table: "Candidatures",
                column: "CandidatId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidatures_ProfilId",
                table: "Candidatures",
                column: "ProfilId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidatures_SprintId",
                table: "Candidatures",
                column: "SprintId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangementsEtatDossiers_DossierId_Le",
                table: "ChangementsEtatDossiers",
                columns: new[] { "DossierId", "Le" });

            migrationBuilder.CreateIndex(
                name: "IX_CoEditeurs_DossierId_UtilisateurId",
                table: "CoEditeurs",
                columns: new[] { "DossierId", "UtilisateurId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoEditeurs_UtilisateurId",
                table: "CoEditeurs",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_Creneaux_CandidatureId",
                table: "Creneaux",
                column: "CandidatureId");

            migrationBuilder.CreateIndex(
                name: "IX_Creneaux_DefiId_Debut",
                table: "Creneaux",
                columns: new[] { "DefiId", "Debut" });

            migrationBuilder.CreateIndex(
                name: "IX_Creneaux_ProfilId",
                table: "Creneaux",
                column: "ProfilId");

            migrationBuilder.CreateIndex(
                name: "IX_Creneaux_SprintId",
                table: "Creneaux",
                column: "SprintId");

            migrationBuilder.CreateIndex(
                name: "IX_Creneaux_Type_SprintId_ProfilId_Debut",
                table: "Creneaux",
                columns: new[] { "Type", "SprintId", "ProfilId", "Debut" });

            migrationBuilder.CreateIndex(
                name: "IX_CreneauxAppel_Debut",
                table: "CreneauxAppel",
                column: "Debut",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreneauxSoutenance_AppelId_Debut",
                table: "CreneauxSoutenance",
                columns: new[] { "AppelId", "Debut" });

            migrationBuilder.CreateIndex(
                name: "IX_CreneauxSoutenance_DossierId",
                table: "CreneauxSoutenance",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Criteres_GrilleId_Numero",
                table: "Criteres",
                columns: new[] { "GrilleId", "Numero" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Defis_PromotionId",
                table: "Defis",
                column: "PromotionId");

            migrationBuilder.CreateIndex(
                name: "IX_Defis_Slug",
                table: "Defis",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DossiersProjets_AppelId_Etat",
                table: "DossiersProjets",
                columns: new[] { "AppelId", "Etat" });

            migrationBuilder.CreateIndex(
                name: "IX_DossiersProjets_ModifieLe",
                table: "DossiersProjets",
                column: "ModifieLe");

            migrationBuilder.CreateIndex(
                name: "IX_DossiersProjets_Numero",
                table: "DossiersProjets",
                column: "Numero",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DossiersProjets_PorteurId",
                table: "DossiersProjets",
                column: "PorteurId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_AffectationId",
                table: "Evaluations",
                column: "AffectationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evenements_Debut",
                table: "Evenements",
                column: "Debut");

            migrationBuilder.CreateIndex(
                name: "IX_FichiersAap_DossierId",
                table: "FichiersAap",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_FichiersAap_MessageId",
                table: "FichiersAap",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_InscriptionsEvenements_EvenementId_Email",
                table: "InscriptionsEvenements",
                columns: new[] { "EvenementId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_TokenHash",
                table: "Invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JalonsCandidatures_CandidatureId_At",
                table: "JalonsCandidatures",
                columns: new[] { "CandidatureId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Medias_Nom",
                table: "Medias",
                column: "Nom",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MembresEquipes_CandidatureId",
                table: "MembresEquipes",
                column: "CandidatureId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MembresEquipes_DefiId",
                table: "MembresEquipes",
                column: "DefiId");

            migrationBuilder.CreateIndex(
                name: "IX_MembresEquipes_UtilisateurId",
                table: "MembresEquipes",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_MembresJury_SessionId_UtilisateurId",
                table: "MembresJury",
                columns: new[] { "SessionId", "UtilisateurId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MembresJury_UtilisateurId",
                table: "MembresJury",
                column: "UtilisateurId");

            migrationBuilder.CreateIndex(
                name: "IX_MessagesContact_RecuLe",
                table: "MessagesContact",
                column: "RecuLe");

            migrationBuilder.CreateIndex(
                name: "IX_MessagesDossiers_DossierId_Le",
                table: "MessagesDossiers",
                columns: new[] { "DossierId", "Le" });

            migrationBuilder.CreateIndex(
                name: "IX_NotesCriteres_CritereId",
                table: "NotesCriteres",
                column: "CritereId");

            migrationBuilder.CreateIndex(
                name: "IX_NotesCriteres_EvaluationId_CritereId",
                table: "NotesCriteres",
                columns: new[] { "EvaluationId", "CritereId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Offres_CandidatureId_Active",
                table: "Offres",
                column: "CandidatureId",
                unique: true,
                filter: "\"Etat\" = 'Envoyee'");

            migrationBuilder.CreateIndex(
                name: "IX_Offres_DefiId",
                table: "Offres",
                column: "DefiId");

            migrationBuilder.CreateIndex(
                name: "IX_Offres_PropositionId",
                table: "Offres",
                column: "PropositionId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_EnvoyeLe_ProchaineTentative",
                table: "Outbox",
                columns: new[] { "EnvoyeLe", "ProchaineTentative" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxPiecesJointes_OutboxMessageId",
                table: "OutboxPiecesJointes",
                column: "OutboxMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_Pages_Adresse_Statut",
                table: "Pages",
                columns: new[] { "Adresse", "Statut" });

            migrationBuilder.CreateIndex(
                name: "IX_Pages_Fichier",
                table: "Pages",
                column: "Fichier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_Fichier",
                table: "Personnes",
                column: "Fichier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_Role_ConsentementProfilPublic",
                table: "Personnes",
                columns: new[] { "Role", "ConsentementProfilPublic" });

            migrationBuilder.CreateIndex(
                name: "IX_Personnes_Slug",
                table: "Personnes",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PointsOrdreDuJour_DossierId",
                table: "PointsOrdreDuJour",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_PointsOrdreDuJour_SessionId_DossierId",
                table: "PointsOrdreDuJour",
                columns: new[] { "SessionId", "DossierId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostesOuverts_DefiId_ProfilCode",
                table: "PostesOuverts",
                columns: new[] { "DefiId", "ProfilCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostesOuverts_ReferentId",
                table: "PostesOuverts",
                column: "ReferentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfilsOctroyes_DefiId",
                table: "ProfilsOctroyes",
                column: "DefiId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfilsOctroyes_DossierId",
                table: "ProfilsOctroyes",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfilsOctroyes_PointId",
                table: "ProfilsOctroyes",
                column: "PointId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfilsRecherches_AppelId_Code",
                table: "ProfilsRecherches",
                columns: new[] { "AppelId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProfilsRecherches_GrilleDossierId",
                table: "ProfilsRecherches",
                column: "GrilleDossierId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfilsRecherches_GrilleEntretienId",
                table: "ProfilsRecherches",
                column: "GrilleEntretienId");

            migrationBuilder.CreateIndex(
                name: "IX_Promotions_Numero",
                table: "Promotions",
                column: "Numero",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Propositions_CandidatureId",
                table: "Propositions",
                column: "CandidatureId");

            migrationBuilder.CreateIndex(
                name: "IX_Propositions_DefiId",
                table: "Propositions",
                column: "DefiId");

            migrationBuilder.CreateIndex(
                name: "IX_Propositions_PosteId_CandidatureId",
                table: "Propositions",
                columns: new[] { "PosteId", "CandidatureId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReservationsCreneaux_CreneauId",
                table: "ReservationsCreneaux",
                column: "CreneauId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_Collection_ObjetId_CreeLe",
                table: "Revisions",
                columns: new[] { "Collection", "ObjetId", "CreeLe" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionsJury_AppelId",
                table: "SessionsJury",
                column: "AppelId");

            migrationBuilder.CreateIndex(
                name: "IX_SprintsRecrutement_AppelId_Numero",
                table: "SprintsRecrutement",
                columns: new[] { "AppelId", "Numero" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Taxons_Fichier",
                table: "Taxons",
                column: "Fichier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Taxons_Type_Slug",
                table: "Taxons",
                columns: new[] { "Type", "Slug" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AppelsAProjets_FichiersAap_ReglementFichierId",
                table: "AppelsAProjets",
                column: "ReglementFichierId",
                principalTable: "FichiersAap",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DossiersProjets_AspNetUsers_PorteurId",
                table: "DossiersProjets");

            migrationBuilder.DropForeignKey(
                name: "FK_AppelsAProjets_Grilles_GrilleId",
                table: "AppelsAProjets");

            migrationBuilder.DropForeignKey(
                name: "FK_AppelsAProjets_Promotions_PromotionId",
                table: "AppelsAProjets");

            migrationBuilder.DropForeignKey(
                name: "FK_AppelsAProjets_FichiersAap_ReglementFichierId",
                table: "AppelsAProjets");

            migrationBuilder.DropTable(
                name: "AbonnesNewsletter");

            migrationBuilder.DropTable(
                name: "Articles");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Audit");

            migrationBuilder.DropTable(
                name: "ChangementsEtatDossiers");

            migrationBuilder.DropTable(
                name: "CoEditeurs");

            migrationBuilder.DropTable(
                name: "Creneaux");

            migrationBuilder.DropTable(
                name: "CreneauxSoutenance");

            migrationBuilder.DropTable(
                name: "CvCandidatures");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "InscriptionsEvenements");

            migrationBuilder.DropTable(
                name: "Invitations");

            migrationBuilder.DropTable(
                name: "JalonsCandidatures");

            migrationBuilder.DropTable(
                name: "Medias");

            migrationBuilder.DropTable(
                name: "MembresEquipes");

            migrationBuilder.DropTable(
                name: "MembresJury");

            migrationBuilder.DropTable(
                name: "MessagesContact");

            migrationBuilder.DropTable(
                name: "NotesCriteres");

            migrationBuilder.DropTable(
                name: "Offres");

            migrationBuilder.DropTable(
                name: "OutboxPiecesJointes");

            migrationBuilder.DropTable(
                name: "Pages");

            migrationBuilder.DropTable(
                name: "Personnes");

            migrationBuilder.DropTable(
                name: "ProfilsOctroyes");

            migrationBuilder.DropTable(
                name: "ReglementsAppels");

            migrationBuilder.DropTable(
                name: "ReservationsCreneaux");

            migrationBuilder.DropTable(
                name: "Revisions");

            migrationBuilder.DropTable(
                name: "Taches");

            migrationBuilder.DropTable(
                name: "Taxons");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Evenements");

            migrationBuilder.DropTable(
                name: "Criteres");

            migrationBuilder.DropTable(
                name: "Evaluations");

            migrationBuilder.DropTable(
                name: "Propositions");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "PointsOrdreDuJour");

            migrationBuilder.DropTable(
                name: "CreneauxAppel");

            migrationBuilder.DropTable(
                name: "Affectations");

            migrationBuilder.DropTable(
                name: "Candidatures");

            migrationBuilder.DropTable(
                name: "PostesOuverts");

            migrationBuilder.DropTable(
                name: "SessionsJury");

            migrationBuilder.DropTable(
                name: "ProfilsRecherches");

            migrationBuilder.DropTable(
                name: "SprintsRecrutement");

            migrationBuilder.DropTable(
                name: "Defis");

            migrationBuilder.DropTable(
                name: "AppelsACandidatures");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Grilles");

            migrationBuilder.DropTable(
                name: "Promotions");

            migrationBuilder.DropTable(
                name: "FichiersAap");

            migrationBuilder.DropTable(
                name: "MessagesDossiers");

            migrationBuilder.DropTable(
                name: "DossiersProjets");

            migrationBuilder.DropTable(
                name: "AppelsAProjets");
        }
    }
}
