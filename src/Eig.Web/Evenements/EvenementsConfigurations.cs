using Eig.Web.Evenements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Evenements;

public class EvenementConfiguration : IEntityTypeConfiguration<Evenement>
{
    public void Configure(EntityTypeBuilder<Evenement> b)
    {
        b.ToTable("Evenements");
        b.Property(e => e.Titre).HasMaxLength(200);
        b.Property(e => e.Description).HasMaxLength(4000);
        b.Property(e => e.Lien).HasMaxLength(500);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Ignore(e => e.Fin);
        b.Ignore(e => e.Complet);
        b.HasIndex(e => e.Debut);
        // No foreign key to Promotions: Evenements knows nothing of promotions; a deleted promotion leaves its
        // sessions, which nobody can reach any more.
        b.HasIndex(e => e.PromotionId);
    }
}

public class InscriptionEvenementConfiguration : IEntityTypeConfiguration<InscriptionEvenement>
{
    public void Configure(EntityTypeBuilder<InscriptionEvenement> b)
    {
        b.ToTable("InscriptionsEvenements");
        b.Property(i => i.Nom).HasMaxLength(200);
        b.Property(i => i.Email).HasMaxLength(256);
        b.HasOne<Evenement>().WithMany().HasForeignKey(i => i.EvenementId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.EvenementId, i.Email }).IsUnique();
        b.HasIndex(i => i.UtilisateurId);
    }
}

public class CreneauAppelConfiguration : IEntityTypeConfiguration<CreneauAppel>
{
    public void Configure(EntityTypeBuilder<CreneauAppel> b)
    {
        b.ToTable("CreneauxAppel");
        b.Ignore(c => c.Fin);
        b.HasIndex(c => c.Debut).IsUnique();
    }
}

public class ReservationCreneauConfiguration : IEntityTypeConfiguration<ReservationCreneau>
{
    public void Configure(EntityTypeBuilder<ReservationCreneau> b)
    {
        b.ToTable("ReservationsCreneaux");
        b.Property(r => r.Nom).HasMaxLength(200);
        b.Property(r => r.Email).HasMaxLength(256);
        b.Property(r => r.Objet).HasMaxLength(1000);
        b.Property(r => r.JetonAnnulationHash).HasMaxLength(100);
        b.HasOne<CreneauAppel>().WithMany().HasForeignKey(r => r.CreneauId).OnDelete(DeleteBehavior.Cascade);
        // One booking per slot, enforced by the database: simultaneous requests cannot both win.
        b.HasIndex(r => r.CreneauId).IsUnique();
    }
}
