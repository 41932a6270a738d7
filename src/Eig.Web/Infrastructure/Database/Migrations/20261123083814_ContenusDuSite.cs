using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Eig.Web.Infrastructure.Database.Migrations;

[DbContext(typeof(EigDbContext))]
[Migration("20261123083814_ContenusDuSite")]
public partial class ContenusDuSite : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AbonnesNewsletter",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Statut = table.Column<string>(maxLength: 40, nullable: false),
                JetonConfirmationHash = table.Column<string>(maxLength: 100, nullable: false),
                JetonDesinscriptionHash = table.Column<string>(maxLength: 100, nullable: false),
                InscritLe = table.Column<DateTime>(nullable: false),
                ConfirmeLe = table.Column<DateTime>(nullable: true),
                DesinscritLe = table.Column<DateTime>(nullable: true),
                Origine = table.Column<string>(maxLength: 40, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AbonnesNewsletter", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Articles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Fichier = table.Column<string>(maxLength: 300, nullable: false),
                Slug = table.Column<string>(maxLength: 200, nullable: false),
                Titre = table.Column<string>(maxLength: 300, nullable: false),
                Auteur = table.Column<string>(maxLength: 200, nullable: true),
                Date = table.Column<DateOnly>(nullable: true),
                Description = table.Column<string>(maxLength: 1000, nullable: true),
                Image = table.Column<string>(maxLength: 500, nullable: true),
                Categories = table.Column<string>(maxLength: 1000, nullable: false),
                ArticlesLies = table.Column<string>(maxLength: 500, nullable: false),
                Corps = table.Column<string>(nullable: false),
                TexteBrut = table.Column<bool>(nullable: false),
                Extras = table.Column<string>(nullable: false),
                Statut = table.Column<string>(maxLength: 40, nullable: false),
                PublieLe = table.Column<DateTime>(nullable: true),
                ModifieLe = table.Column<DateTime>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Articles", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "MessagesContact",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Objet = table.Column<string>(maxLength: 200, nullable: false),
                Message = table.Column<string>(maxLength: 5000, nullable: false),
                RecuLe = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MessagesContact", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Pages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Fichier = table.Column<string>(maxLength: 300, nullable: false),
                Adresse = table.Column<string>(maxLength: 300, nullable: false),
                Titre = table.Column<string>(maxLength: 300, nullable: false),
                Layout = table.Column<string>(maxLength: 40, nullable: false),
                FrontMatter = table.Column<string>(nullable: false),
                Corps = table.Column<string>(nullable: false),
                DescriptionSeo = table.Column<string>(maxLength: 400, nullable: true),
                ImageOg = table.Column<string>(maxLength: 500, nullable: true),
                Statut = table.Column<string>(maxLength: 40, nullable: false),
                PublieLe = table.Column<DateTime>(nullable: true),
                ModifieLe = table.Column<DateTime>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Pages", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Personnes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Fichier = table.Column<string>(maxLength: 300, nullable: false),
                Slug = table.Column<string>(maxLength: 200, nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                Poste = table.Column<string>(maxLength: 300, nullable: true),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                Promotions = table.Column<string>(maxLength: 200, nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
                Defis = table.Column<string>(maxLength: 2000, nullable: false),
                Expertises = table.Column<string>(maxLength: 2000, nullable: false),
                Image = table.Column<string>(maxLength: 500, nullable: true),
                LinkedIn = table.Column<string>(maxLength: 500, nullable: true),
                GitHub = table.Column<string>(maxLength: 500, nullable: true),
                Corps = table.Column<string>(nullable: false),
                ConsentementProfilPublic = table.Column<bool>(nullable: false),
                Extras = table.Column<string>(nullable: false),
                ModifieLe = table.Column<DateTime>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Personnes", x => x.Id);
            });

        migrationBuilder.AddColumn<string>(table: "Promotions", name: "Extras", nullable: true);

        migrationBuilder.CreateTable(
            name: "Taxons",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Type = table.Column<string>(maxLength: 40, nullable: false),
                Fichier = table.Column<string>(maxLength: 300, nullable: false),
                Slug = table.Column<string>(maxLength: 200, nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                Extras = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Taxons", x => x.Id);
            });

        migrationBuilder.AddColumn<string>(table: "Defis", name: "Fichier", maxLength: 300, nullable: true);

        migrationBuilder.AddColumn<string>(table: "Defis", name: "Lieu", maxLength: 200, nullable: true);

        migrationBuilder.AddColumn<string>(table: "Defis", name: "Ville", maxLength: 200, nullable: true);

        migrationBuilder.AddColumn<string>(table: "Defis", name: "Themes", maxLength: 2000, nullable: false, defaultValue: "");

        migrationBuilder.AddColumn<string>(table: "Defis", name: "Expertises", maxLength: 2000, nullable: false, defaultValue: "");

        migrationBuilder.AddColumn<string>(table: "Defis", name: "Promotions", maxLength: 200, nullable: false, defaultValue: "");

        migrationBuilder.AddColumn<DateOnly>(table: "Defis", name: "Date", nullable: true);

        migrationBuilder.AddColumn<string>(table: "Defis", name: "Image", maxLength: 500, nullable: true);

        migrationBuilder.AddColumn<string>(table: "Defis", name: "Corps", nullable: false, defaultValue: "");

        migrationBuilder.AddColumn<bool>(table: "Defis", name: "StartupEtat", nullable: false, defaultValue: false);

        migrationBuilder.AddColumn<string>(table: "Defis", name: "StartupUrl", maxLength: 500, nullable: true);

        migrationBuilder.AddColumn<string>(table: "Defis", name: "CodeSourceUrl", maxLength: 500, nullable: true);

        migrationBuilder.AddColumn<string>(table: "Defis", name: "SiteWeb", maxLength: 500, nullable: true);

        migrationBuilder.AddColumn<string>(table: "Defis", name: "ChiffresCles", nullable: false, defaultValue: "[]");

        migrationBuilder.AddColumn<string>(table: "Defis", name: "Extras", nullable: false, defaultValue: "{}");

        migrationBuilder.AddColumn<Guid>(table: "Defis", name: "Version", nullable: false, defaultValue: Guid.Empty);

        migrationBuilder.CreateIndex(name: "IX_AbonnesNewsletter_Email", table: "AbonnesNewsletter", column: "Email", unique: true);

        migrationBuilder.CreateIndex(name: "IX_Articles_Fichier", table: "Articles", column: "Fichier", unique: true);

        migrationBuilder.CreateIndex(name: "IX_Articles_Slug", table: "Articles", column: "Slug", unique: true);

        migrationBuilder.CreateIndex(name: "IX_Articles_Statut_Date", table: "Articles", columns: new[] { "Statut", "Date" });

        migrationBuilder.CreateIndex(name: "IX_MessagesContact_RecuLe", table: "MessagesContact", column: "RecuLe");

        migrationBuilder.CreateIndex(name: "IX_Pages_Adresse_Statut", table: "Pages", columns: new[] { "Adresse", "Statut" });

        migrationBuilder.CreateIndex(name: "IX_Pages_Fichier", table: "Pages", column: "Fichier", unique: true);

        migrationBuilder.CreateIndex(name: "IX_Personnes_Fichier", table: "Personnes", column: "Fichier", unique: true);

        migrationBuilder.CreateIndex(name: "IX_Personnes_Role_ConsentementProfilPublic", table: "Personnes", columns: new[] { "Role", "ConsentementProfilPublic" });

        migrationBuilder.CreateIndex(name: "IX_Personnes_Slug", table: "Personnes", column: "Slug", unique: true);

        migrationBuilder.CreateIndex(name: "IX_Taxons_Fichier", table: "Taxons", column: "Fichier", unique: true);

        migrationBuilder.CreateIndex(name: "IX_Taxons_Type_Slug", table: "Taxons", columns: new[] { "Type", "Slug" }, unique: true);

    }
}
