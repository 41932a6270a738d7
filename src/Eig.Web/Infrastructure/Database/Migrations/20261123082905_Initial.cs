using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Eig.Web.Infrastructure.Database.Migrations;

[DbContext(typeof(EigDbContext))]
[Migration("20261123082905_Initial")]
public partial class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AspNetRoles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoles", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                NomComplet = table.Column<string>(maxLength: 200, nullable: false),
                CreeLe = table.Column<DateTime>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUsers", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Audit",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                ActeurId = table.Column<Guid>(nullable: true),
                ActeurEmail = table.Column<string>(maxLength: 256, nullable: false),
                Action = table.Column<string>(maxLength: 100, nullable: false),
                Objet = table.Column<string>(maxLength: 100, nullable: true),
                ObjetId = table.Column<string>(maxLength: 100, nullable: true),
                Details = table.Column<string>(maxLength: 4000, nullable: true),
                AdresseIp = table.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Audit", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                FriendlyName = table.Column<string>(maxLength: 200, nullable: false),
                Xml = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Invitations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
                TokenHash = table.Column<string>(maxLength: 100, nullable: false),
                CreeeLe = table.Column<DateTime>(nullable: false),
                ExpireLe = table.Column<DateTime>(nullable: false),
                AccepteeLe = table.Column<DateTime>(nullable: true),
                InviteParId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Invitations", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Outbox",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                A = table.Column<string>(maxLength: 256, nullable: false),
                Sujet = table.Column<string>(maxLength: 300, nullable: false),
                CorpsHtml = table.Column<string>(nullable: false),
                CorpsTexte = table.Column<string>(nullable: false),
                CreeLe = table.Column<DateTime>(nullable: false),
                Tentatives = table.Column<int>(nullable: false),
                ProchaineTentative = table.Column<DateTime>(nullable: false),
                EnvoyeLe = table.Column<DateTime>(nullable: true),
                DerniereErreur = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Outbox", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Promotions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Numero = table.Column<int>(nullable: false),
                Annee = table.Column<int>(nullable: false),
                Debut = table.Column<DateOnly>(nullable: false),
                Fin = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Promotions", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    // Identity's claim tables have database-generated int keys (as EF's own scaffolding writes them).
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoleId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
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
                Id = table.Column<int>(nullable: false)
                    // Identity's claim tables have database-generated int keys (as EF's own scaffolding writes them).
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<Guid>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
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
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<Guid>(nullable: false),
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
                UserId = table.Column<Guid>(nullable: false),
                RoleId = table.Column<Guid>(nullable: false),
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
                UserId = table.Column<Guid>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
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
            name: "OutboxPiecesJointes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OutboxMessageId = table.Column<Guid>(nullable: false),
                NomFichier = table.Column<string>(maxLength: 255, nullable: false),
                TypeMime = table.Column<string>(maxLength: 100, nullable: false),
                Contenu = table.Column<byte[]>(nullable: false),
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
                Id = table.Column<Guid>(nullable: false),
                PromotionId = table.Column<Guid>(nullable: false),
                Titre = table.Column<string>(maxLength: 200, nullable: false),
                Etat = table.Column<string>(maxLength: 40, nullable: false),
                Mode = table.Column<string>(maxLength: 40, nullable: false),
                Ouverture = table.Column<DateOnly>(nullable: true),
                Cloture = table.Column<DateOnly>(nullable: true),
                PublieLe = table.Column<DateTime>(nullable: true),
                ClosLe = table.Column<DateTime>(nullable: true),
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
            name: "AppelsAProjets",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PromotionId = table.Column<Guid>(nullable: false),
                Titre = table.Column<string>(maxLength: 200, nullable: false),
                Etat = table.Column<string>(maxLength: 40, nullable: false),
                Mode = table.Column<string>(maxLength: 40, nullable: false),
                Ouverture = table.Column<DateOnly>(nullable: true),
                Cloture = table.Column<DateOnly>(nullable: true),
                PublieLe = table.Column<DateTime>(nullable: true),
                ClosLe = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AppelsAProjets", x => x.Id);
                table.ForeignKey(
                    name: "FK_AppelsAProjets_Promotions_PromotionId",
                    column: x => x.PromotionId,
                    principalTable: "Promotions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Defis",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PromotionId = table.Column<Guid>(nullable: false),
                Titre = table.Column<string>(maxLength: 200, nullable: false),
                Slug = table.Column<string>(maxLength: 200, nullable: false),
                Resume = table.Column<string>(maxLength: 2000, nullable: false),
                Administration = table.Column<string>(maxLength: 200, nullable: false),
                Publie = table.Column<bool>(nullable: false),
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

        migrationBuilder.CreateIndex(name: "IX_AppelsACandidatures_PromotionId", table: "AppelsACandidatures", column: "PromotionId");

        migrationBuilder.CreateIndex(name: "IX_AppelsAProjets_PromotionId", table: "AppelsAProjets", column: "PromotionId");

        migrationBuilder.CreateIndex(name: "IX_AspNetRoleClaims_RoleId", table: "AspNetRoleClaims", column: "RoleId");

        migrationBuilder.CreateIndex(name: "RoleNameIndex", table: "AspNetRoles", column: "NormalizedName", unique: true);

        migrationBuilder.CreateIndex(name: "IX_AspNetUserClaims_UserId", table: "AspNetUserClaims", column: "UserId");

        migrationBuilder.CreateIndex(name: "IX_AspNetUserLogins_UserId", table: "AspNetUserLogins", column: "UserId");

        migrationBuilder.CreateIndex(name: "IX_AspNetUserRoles_RoleId", table: "AspNetUserRoles", column: "RoleId");

        migrationBuilder.CreateIndex(name: "EmailIndex", table: "AspNetUsers", column: "NormalizedEmail");

        migrationBuilder.CreateIndex(name: "UserNameIndex", table: "AspNetUsers", column: "NormalizedUserName", unique: true);

        migrationBuilder.CreateIndex(name: "IX_Audit_At", table: "Audit", column: "At");

        migrationBuilder.CreateIndex(name: "IX_Audit_Objet_ObjetId", table: "Audit", columns: new[] { "Objet", "ObjetId" });

        migrationBuilder.CreateIndex(name: "IX_Defis_PromotionId", table: "Defis", column: "PromotionId");

        migrationBuilder.CreateIndex(name: "IX_Defis_Slug", table: "Defis", column: "Slug", unique: true);

        migrationBuilder.CreateIndex(name: "IX_Invitations_TokenHash", table: "Invitations", column: "TokenHash", unique: true);

        migrationBuilder.CreateIndex(name: "IX_Outbox_EnvoyeLe_ProchaineTentative", table: "Outbox", columns: new[] { "EnvoyeLe", "ProchaineTentative" });

        migrationBuilder.CreateIndex(name: "IX_OutboxPiecesJointes_OutboxMessageId", table: "OutboxPiecesJointes", column: "OutboxMessageId");

        migrationBuilder.CreateIndex(name: "IX_Promotions_Numero", table: "Promotions", column: "Numero", unique: true);

    }
}
