using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Eig.Web.Infrastructure.Database.Migrations;

[DbContext(typeof(EigDbContext))]
[Migration("20261201093103_SessionsConnexion")]
public partial class SessionsConnexion : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SessionsConnexion",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UtilisateurId = table.Column<Guid>(nullable: false),
                OuverteLe = table.Column<DateTime>(nullable: false),
                FermeeLe = table.Column<DateTime>(nullable: true),
                Adresse = table.Column<string>(maxLength: 64, nullable: false),
                Navigateur = table.Column<string>(maxLength: 200, nullable: false),
                DeuxiemeFacteur = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SessionsConnexion", x => x.Id);
                table.ForeignKey(
                    name: "FK_SessionsConnexion_AspNetUsers_UtilisateurId",
                    column: x => x.UtilisateurId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_SessionsConnexion_UtilisateurId_OuverteLe", table: "SessionsConnexion", columns: new[] { "UtilisateurId", "OuverteLe" });

    }
}
