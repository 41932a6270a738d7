using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Infrastructure.Planification;

/// <summary>One row per job: its lease (so that of several instances on one database, one only runs it), its next
/// run and the outcome of its last one, read by the staff page.</summary>
public sealed class EtatTache
{
    public const int LongueurResultat = 2000;

    public string Nom { get; set; } = "";
    public DateTime ProchaineExecution { get; set; }
    /// <summary>Held until this instant by <see cref="Detenteur"/>; a crashed instance's lease simply expires.</summary>
    public DateTime? BailJusquA { get; set; }
    public string? Detenteur { get; set; }
    public DateTime? DernierDebut { get; set; }
    public DateTime? DerniereFin { get; set; }
    public bool? DernierSucces { get; set; }
    public string? DernierResultat { get; set; }
    public int Executions { get; set; }
}

public sealed class EtatTacheConfiguration : IEntityTypeConfiguration<EtatTache>
{
    public void Configure(EntityTypeBuilder<EtatTache> b)
    {
        b.ToTable("Taches");
        b.HasKey(t => t.Nom);
        b.Property(t => t.Nom).HasMaxLength(80);
        b.Property(t => t.Detenteur).HasMaxLength(120);
        b.Property(t => t.DernierResultat).HasMaxLength(EtatTache.LongueurResultat);
    }
}
