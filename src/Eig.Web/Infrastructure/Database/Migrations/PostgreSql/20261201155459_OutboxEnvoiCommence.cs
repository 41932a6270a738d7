using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Eig.Web.Infrastructure.Database.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OutboxEnvoiCommence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "EnvoiCommenceLe",
                table: "Outbox",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnvoiCommenceLe",
                table: "Outbox");
        }
    }
}
