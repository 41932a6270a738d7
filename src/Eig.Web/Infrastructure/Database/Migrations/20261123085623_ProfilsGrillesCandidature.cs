using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Eig.Web.Infrastructure.Database.Migrations;

[DbContext(typeof(EigDbContext))]
[Migration("20261123085623_ProfilsGrillesCandidature")]
public partial class ProfilsGrillesCandidature : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>(table: "ProfilsRecherches", name: "GrilleDossierId", nullable: true);

        migrationBuilder.AddColumn<Guid>(table: "ProfilsRecherches", name: "GrilleEntretienId", nullable: true);

    }
}
