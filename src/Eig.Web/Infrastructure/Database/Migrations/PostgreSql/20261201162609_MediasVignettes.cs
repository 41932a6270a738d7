using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class MediasVignettes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Hauteur",
                table: "Medias",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Largeur",
                table: "Medias",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Vignette",
                table: "Medias",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VignetteHauteur",
                table: "Medias",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VignetteLargeur",
                table: "Medias",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Hauteur",
                table: "Medias");

            migrationBuilder.DropColumn(
                name: "Largeur",
                table: "Medias");

            migrationBuilder.DropColumn(
                name: "Vignette",
                table: "Medias");

            migrationBuilder.DropColumn(
                name: "VignetteHauteur",
                table: "Medias");

            migrationBuilder.DropColumn(
                name: "VignetteLargeur",
                table: "Medias");
        }
    }
}
