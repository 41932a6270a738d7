using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Eig.Web.Infrastructure.Database.Migrations;

[DbContext(typeof(EigDbContext))]
[Migration("20261123091010_RevisionsEtMedias")]
public partial class RevisionsEtMedias : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Medias",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                TypeMime = table.Column<string>(maxLength: 100, nullable: false),
                Donnees = table.Column<byte[]>(nullable: false),
                Taille = table.Column<int>(nullable: false),
                TexteAlternatif = table.Column<string>(maxLength: 300, nullable: true),
                AjouteLe = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Medias", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Revisions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Collection = table.Column<string>(maxLength: 20, nullable: false),
                ObjetId = table.Column<Guid>(nullable: false),
                Contenu = table.Column<string>(nullable: false),
                Motif = table.Column<string>(maxLength: 200, nullable: false),
                Auteur = table.Column<string>(maxLength: 256, nullable: false),
                CreeLe = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Revisions", x => x.Id);
            });

        migrationBuilder.CreateIndex(name: "IX_Medias_Nom", table: "Medias", column: "Nom", unique: true);

        migrationBuilder.CreateIndex(name: "IX_Revisions_Collection_ObjetId_CreeLe", table: "Revisions", columns: new[] { "Collection", "ObjetId", "CreeLe" });

    }
}
