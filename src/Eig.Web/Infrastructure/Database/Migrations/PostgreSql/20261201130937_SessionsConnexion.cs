using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SessionsConnexion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SessionsConnexion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UtilisateurId = table.Column<Guid>(type: "uuid", nullable: false),
                    OuverteLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FermeeLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Adresse = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Navigateur = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeuxiemeFacteur = table.Column<bool>(type: "boolean", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_SessionsConnexion_UtilisateurId_OuverteLe",
                table: "SessionsConnexion",
                columns: new[] { "UtilisateurId", "OuverteLe" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SessionsConnexion");
        }
    }
}
