using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OrganisationDeclaree : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Organisation",
                table: "AspNetUsers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Organisation",
                table: "AspNetUsers");
        }
    }
}
