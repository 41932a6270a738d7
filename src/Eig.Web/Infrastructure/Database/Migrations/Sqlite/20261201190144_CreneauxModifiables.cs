using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CreneauxModifiables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DelaiModificationHeures",
                table: "Creneaux",
                type: "INTEGER",
                nullable: false,
                // Slots published before the delay was configurable: the 24 hours the rule said.
                defaultValue: 24);

            migrationBuilder.AddColumn<DateTime>(
                name: "RappelEnvoyeLe",
                table: "Creneaux",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DelaiModificationHeures",
                table: "Creneaux");

            migrationBuilder.DropColumn(
                name: "RappelEnvoyeLe",
                table: "Creneaux");
        }
    }
}
