using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExportsPrepares : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExportsPrepares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jeu = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DemandeParId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DemandeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Etat = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PretLe = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NomFichier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TypeMime = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Contenu = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Taille = table.Column<long>(type: "INTEGER", nullable: false),
                    Erreur = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportsPrepares", x => x.Id);
                });

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
                name: "ExportsPrepares");
        }
    }
}
