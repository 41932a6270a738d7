using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Promotions;

public class PromotionConfiguration : IEntityTypeConfiguration<Promotion>
{
    public void Configure(EntityTypeBuilder<Promotion> b)
    {
        b.ToTable("Promotions");
        b.Property(p => p.Libelle).HasMaxLength(Promotion.LongueurLibelle);
        b.HasIndex(p => new { p.Numero, p.Libelle }).IsUnique();
        b.Ignore(p => p.Nom);
        b.Ignore(p => p.Titre);
        b.Ignore(p => p.Cle);
        b.Ignore(p => p.PhasesOrdonnees);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasMany(p => p.Phases).WithOne().HasForeignKey(x => x.PromotionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class PhasePromotionConfiguration : IEntityTypeConfiguration<PhasePromotion>
{
    public void Configure(EntityTypeBuilder<PhasePromotion> b)
    {
        b.ToTable("PhasesPromotions");
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Nom).HasMaxLength(PhasePromotion.LongueurNom);
        b.Property(p => p.Description).HasMaxLength(PhasePromotion.LongueurTexte);
        b.Property(p => p.Attendus).HasMaxLength(PhasePromotion.LongueurTexte);
        b.Ignore(p => p.DureeMois);
        b.Ignore(p => p.Mois);
        b.HasIndex(p => new { p.PromotionId, p.Ordre }).IsUnique();
    }
}

public class DefiConfiguration : IEntityTypeConfiguration<Defi>
{
    public void Configure(EntityTypeBuilder<Defi> b)
    {
        b.ToTable("Defis");
        b.Property(d => d.Titre).HasMaxLength(Defi.LongueurCourte);
        b.Property(d => d.Slug).HasMaxLength(200);
        b.Property(d => d.Resume).HasMaxLength(Defi.LongueurResume);
        b.Property(d => d.Administration).HasMaxLength(Defi.LongueurCourte);
        b.Property(d => d.SponsorNom).HasMaxLength(Defi.LongueurCourte);
        b.Property(d => d.SponsorFonction).HasMaxLength(Defi.LongueurCourte);
        b.HasIndex(d => d.Slug).IsUnique();
        b.HasIndex(d => d.DossierId);
        // The public site's fields (issue 3).
        b.Property(d => d.Fichier).HasMaxLength(300);
        b.Property(d => d.Lieu).HasMaxLength(200);
        b.Property(d => d.Ville).HasMaxLength(200);
        b.Property(d => d.Themes).HasMaxLength(2000);
        b.Property(d => d.Expertises).HasMaxLength(2000);
        b.Property(d => d.Promotions).HasMaxLength(200);
        b.Property(d => d.Image).HasMaxLength(500);
        b.Property(d => d.StartupUrl).HasMaxLength(500);
        b.Property(d => d.CodeSourceUrl).HasMaxLength(500);
        b.Property(d => d.SiteWeb).HasMaxLength(500);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasOne<Promotion>().WithMany().HasForeignKey(d => d.PromotionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ResultatDefiConfiguration : IEntityTypeConfiguration<ResultatDefi>
{
    public void Configure(EntityTypeBuilder<ResultatDefi> b)
    {
        b.ToTable("ResultatsDefis");
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Lien).HasMaxLength(ResultatDefi.LongueurLien);
        b.Property(r => r.Commentaire).HasMaxLength(ResultatDefi.LongueurCommentaire);
        b.Ignore(r => r.Perdure);
        b.HasIndex(r => r.DefiId).IsUnique();
        b.HasOne<Defi>().WithMany().HasForeignKey(r => r.DefiId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ResultatEigConfiguration : IEntityTypeConfiguration<ResultatEig>
{
    public void Configure(EntityTypeBuilder<ResultatEig> b)
    {
        b.ToTable("ResultatsEig");
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Ou).HasMaxLength(ResultatEig.LongueurOu);
        b.HasIndex(r => r.PersonneId).IsUnique();
        b.HasOne<Personne>().WithMany().HasForeignKey(r => r.PersonneId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class PointEtapeConfiguration : IEntityTypeConfiguration<PointEtape>
{
    public void Configure(EntityTypeBuilder<PointEtape> b)
    {
        b.ToTable("PointsEtape");
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.AuteurNom).HasMaxLength(200);
        b.Property(p => p.Avancement).HasMaxLength(PointEtape.Longueur);
        b.Property(p => p.Difficultes).HasMaxLength(PointEtape.Longueur);
        b.Property(p => p.AideSouhaitee).HasMaxLength(PointEtape.Longueur);
        b.HasIndex(p => new { p.DefiId, p.DeposeLe });
        b.HasOne<Defi>().WithMany().HasForeignKey(p => p.DefiId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class JalonConfiguration : IEntityTypeConfiguration<Jalon>
{
    public void Configure(EntityTypeBuilder<Jalon> b)
    {
        b.ToTable("Jalons");
        b.Property(j => j.Id).ValueGeneratedNever();
        b.Property(j => j.Titre).HasMaxLength(Jalon.LongueurTitre);
        b.Ignore(j => j.Fait);
        b.HasIndex(j => new { j.DefiId, j.PhaseOrdre });
        b.HasOne<Defi>().WithMany().HasForeignKey(j => j.DefiId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class DemandeResultatConfiguration : IEntityTypeConfiguration<DemandeResultat>
{
    public void Configure(EntityTypeBuilder<DemandeResultat> b)
    {
        b.ToTable("DemandesResultats");
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Nom).HasMaxLength(200);
        b.Property(d => d.Email).HasMaxLength(256);
        b.Property(d => d.TokenHash).HasMaxLength(64);
        b.Ignore(d => d.Repondue);
        // Two answers sent at once with the same link: the second one finds it used.
        b.Property(d => d.RepondueLe).IsConcurrencyToken();
        b.HasIndex(d => d.TokenHash).IsUnique();
        b.HasIndex(d => d.PromotionId);
        b.HasOne<Promotion>().WithMany().HasForeignKey(d => d.PromotionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Defi>().WithMany().HasForeignKey(d => d.DefiId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class DocumentPromotionConfiguration : IEntityTypeConfiguration<DocumentPromotion>
{
    public void Configure(EntityTypeBuilder<DocumentPromotion> b)
    {
        b.ToTable("DocumentsPromotions");
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Titre).HasMaxLength(DocumentPromotion.LongueurTitre);
        b.Property(d => d.NomFichier).HasMaxLength(255);
        b.Property(d => d.TypeMime).HasMaxLength(100);
        b.HasIndex(d => d.PromotionId);
        b.HasOne<Promotion>().WithMany().HasForeignKey(d => d.PromotionId).OnDelete(DeleteBehavior.Cascade);
    }
}
