using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PromotionsEnPhases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Publiee",
                table: "Promotions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublieeLe",
                table: "Promotions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Promotions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "PersonneId",
                table: "MembresEquipes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DossierId",
                table: "Defis",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SponsorFonction",
                table: "Defis",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SponsorNom",
                table: "Defis",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "PhasesPromotions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PromotionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordre = table.Column<int>(type: "integer", nullable: false),
                    Nom = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Debut = table.Column<DateOnly>(type: "date", nullable: false),
                    Fin = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Attendus = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhasesPromotions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PhasesPromotions_Promotions_PromotionId",
                        column: x => x.PromotionId,
                        principalTable: "Promotions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResultatsDefis",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DefiId = table.Column<Guid>(type: "uuid", nullable: false),
                    Issue = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Lien = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Commentaire = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SaisiParId = table.Column<Guid>(type: "uuid", nullable: true),
                    SaisiLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResultatsDefis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResultatsDefis_Defis_DefiId",
                        column: x => x.DefiId,
                        principalTable: "Defis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResultatsEig",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Issue = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Ou = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SaisiParId = table.Column<Guid>(type: "uuid", nullable: true),
                    SaisiLe = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResultatsEig", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResultatsEig_Personnes_PersonneId",
                        column: x => x.PersonneId,
                        principalTable: "Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MembresEquipes_PersonneId",
                table: "MembresEquipes",
                column: "PersonneId");

            migrationBuilder.CreateIndex(
                name: "IX_Defis_DossierId",
                table: "Defis",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_PhasesPromotions_PromotionId_Ordre",
                table: "PhasesPromotions",
                columns: new[] { "PromotionId", "Ordre" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResultatsDefis_DefiId",
                table: "ResultatsDefis",
                column: "DefiId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResultatsEig_PersonneId",
                table: "ResultatsEig",
                column: "PersonneId",
                unique: true);

            // Promotions that exist already came from the former site, where they were public.
            migrationBuilder.Sql("UPDATE \"Promotions\" SET \"Publiee\" = TRUE;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PhasesPromotions");

            migrationBuilder.DropTable(
                name: "ResultatsDefis");

            migrationBuilder.DropTable(
                name: "ResultatsEig");

            migrationBuilder.DropIndex(
                name: "IX_MembresEquipes_PersonneId",
                table: "MembresEquipes");

            migrationBuilder.DropIndex(
                name: "IX_Defis_DossierId",
                table: "Defis");

            migrationBuilder.DropColumn(
                name: "Publiee",
                table: "Promotions");

            migrationBuilder.DropColumn(
                name: "PublieeLe",
                table: "Promotions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Promotions");

            migrationBuilder.DropColumn(
                name: "PersonneId",
                table: "MembresEquipes");

            migrationBuilder.DropColumn(
                name: "DossierId",
                table: "Defis");

            migrationBuilder.DropColumn(
                name: "SponsorFonction",
                table: "Defis");

            migrationBuilder.DropColumn(
                name: "SponsorNom",
                table: "Defis");
        }
    }
}
