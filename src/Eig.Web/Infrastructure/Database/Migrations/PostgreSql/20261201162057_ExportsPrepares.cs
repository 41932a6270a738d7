using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
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
