using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ModelesCourriels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EnTetes",
                table: "Outbox",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ObjetId",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ObjetType",
                table: "Outbox",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ModelesCourriels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cle = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    AppelId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Numero = table.Column<int>(type: "INTEGER", nullable: false),
                    Sujet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Titre = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Corps = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Bouton = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EnregistreeLe = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ParId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ParNom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelesCourriels", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ObjetType_ObjetId",
                table: "Outbox",
                columns: new[] { "ObjetType", "ObjetId" });

            migrationBuilder.CreateIndex(
                name: "IX_ModelesCourriels_Cle_AppelId_Numero",
                table: "ModelesCourriels",
                columns: new[] { "Cle", "AppelId", "Numero" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ModelesCourriels");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_ObjetType_ObjetId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "EnTetes",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "ObjetId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "ObjetType",
                table: "Outbox");
        }
    }
}
