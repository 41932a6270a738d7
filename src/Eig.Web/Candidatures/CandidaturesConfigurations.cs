using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Candidatures;

/// <summary>A call for candidates: its table, its promotion, its profiles and sprints.</summary>
public class AppelACandidaturesConfiguration : IEntityTypeConfiguration<AppelACandidatures>
{
    public void Configure(EntityTypeBuilder<AppelACandidatures> b)
    {
        b.ToTable("AppelsACandidatures");
        b.Property(a => a.Titre).HasMaxLength(Appel.LongueurTitre);
        b.HasOne<Promotion>().WithMany().HasForeignKey(a => a.PromotionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Profils).WithOne().HasForeignKey(p => p.AppelId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Sprints).WithOne().HasForeignKey(s => s.AppelId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(a => a.Grille);
    }
}

public class ProfilRechercheConfiguration : IEntityTypeConfiguration<ProfilRecherche>
{
    public void Configure(EntityTypeBuilder<ProfilRecherche> b)
    {
        b.ToTable("ProfilsRecherches");
        b.Property(p => p.Id).ValueGeneratedNever(); // added through AppelACandidatures.Profils, id already set
        b.Property(p => p.Code).HasMaxLength(ProfilRecherche.LongueurCode);
        b.Property(p => p.Libelle).HasMaxLength(ProfilRecherche.LongueurLibelle);
        b.Property(p => p.Description).HasMaxLength(ProfilRecherche.LongueurDescription);
        b.HasIndex(p => new { p.AppelId, p.Code }).IsUnique();
        // A grid in use is never deleted.
        b.HasOne<Grille>().WithMany().HasForeignKey(p => p.GrilleDossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Grille>().WithMany().HasForeignKey(p => p.GrilleEntretienId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class SprintRecrutementConfiguration : IEntityTypeConfiguration<SprintRecrutement>
{
    public void Configure(EntityTypeBuilder<SprintRecrutement> b)
    {
        b.ToTable("SprintsRecrutement");
        b.Property(s => s.Id).ValueGeneratedNever(); // added through AppelACandidatures.Sprints, id already set
        b.HasIndex(s => new { s.AppelId, s.Numero }).IsUnique();
    }
}

public class ReglementAppelConfiguration : IEntityTypeConfiguration<ReglementAppel>
{
    public void Configure(EntityTypeBuilder<ReglementAppel> b)
    {
        b.ToTable("ReglementsAppels");
        b.HasKey(r => r.AppelId);
        b.Property(r => r.NomFichier).HasMaxLength(255);
        b.HasOne<AppelACandidatures>().WithOne().HasForeignKey<ReglementAppel>(r => r.AppelId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class CandidatureConfiguration : IEntityTypeConfiguration<Candidature>
{
    public void Configure(EntityTypeBuilder<Candidature> b)
    {
        b.ToTable("Candidatures");
        foreach (var p in new[] { nameof(Candidature.Prenom), nameof(Candidature.Nom), nameof(Candidature.Ville), nameof(Candidature.Telephone) })
            b.Property(p).HasMaxLength(Candidature.LongueurCourte);
        b.Property(c => c.Email).HasMaxLength(256);
        b.Property(c => c.ExperienceEntrepreneuriale).HasMaxLength(Candidature.LongueurTexte);
        b.Property(c => c.Motivation).HasMaxLength(Candidature.LongueurTexte);
        b.Property(c => c.Competences).HasMaxLength(1000);
        b.Property(c => c.Domaines).HasMaxLength(1000);
        b.Property(c => c.LienLinkedIn).HasMaxLength(Candidature.LongueurUrl);
        b.Property(c => c.LienGitHub).HasMaxLength(Candidature.LongueurUrl);
        b.Property(c => c.LienPortfolio).HasMaxLength(Candidature.LongueurUrl);
        b.Property(c => c.MotifDecision).HasMaxLength(Candidature.LongueurMotif);
        b.Property(c => c.Version).IsConcurrencyToken();
        // One candidature per person and call: a replayed "create" cannot make a second one.
        b.HasIndex(c => new { c.AppelId, c.CandidatId }).IsUnique();
        b.HasIndex(c => new { c.AppelId, c.Etat, c.ProfilId });
        b.HasIndex(c => c.CandidatId);
        b.HasOne<AppelACandidatures>().WithMany().HasForeignKey(c => c.AppelId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Utilisateur>().WithMany().HasForeignKey(c => c.CandidatId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<ProfilRecherche>().WithMany().HasForeignKey(c => c.ProfilId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SprintRecrutement>().WithMany().HasForeignKey(c => c.SprintId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Historique).WithOne().HasForeignKey(h => h.CandidatureId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(c => c.ConsentementDonne);
        b.Ignore(c => c.Etape);
    }
}

public class JalonCandidatureConfiguration : IEntityTypeConfiguration<JalonCandidature>
{
    public void Configure(EntityTypeBuilder<JalonCandidature> b)
    {
        b.ToTable("JalonsCandidatures");
        // The domain appends milestones with their id already set: without this, EF would take a new milestone found
        // through Candidature.Historique for an existing row and UPDATE it instead of inserting it.
        b.Property(j => j.Id).ValueGeneratedNever();
        b.Property(j => j.Motif).HasMaxLength(Candidature.LongueurMotif);
        b.HasIndex(j => new { j.CandidatureId, j.At });
    }
}

public class CvCandidatureConfiguration : IEntityTypeConfiguration<CvCandidature>
{
    public void Configure(EntityTypeBuilder<CvCandidature> b)
    {
        b.ToTable("CvCandidatures");
        b.HasKey(c => c.CandidatureId);
        b.Property(c => c.NomFichier).HasMaxLength(255);
        b.HasOne<Candidature>().WithOne().HasForeignKey<CvCandidature>(c => c.CandidatureId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class CreneauConfiguration : IEntityTypeConfiguration<Creneau>
{
    public void Configure(EntityTypeBuilder<Creneau> b)
    {
        b.ToTable("Creneaux");
        b.Property(c => c.Modalites).HasMaxLength(Creneau.LongueurModalites);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.Type, c.SprintId, c.ProfilId, c.Debut });
        b.HasIndex(c => new { c.DefiId, c.Debut });
        b.HasIndex(c => c.CandidatureId);
        b.HasOne<SprintRecrutement>().WithMany().HasForeignKey(c => c.SprintId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ProfilRecherche>().WithMany().HasForeignKey(c => c.ProfilId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Defi>().WithMany().HasForeignKey(c => c.DefiId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Candidature>().WithMany().HasForeignKey(c => c.CandidatureId).OnDelete(DeleteBehavior.SetNull);
    }
}

public class PosteOuvertConfiguration : IEntityTypeConfiguration<PosteOuvert>
{
    public void Configure(EntityTypeBuilder<PosteOuvert> b)
    {
        b.ToTable("PostesOuverts");
        b.Property(p => p.ProfilCode).HasMaxLength(40);
        b.Property(p => p.Expertises).HasMaxLength(1000);
        b.HasIndex(p => new { p.DefiId, p.ProfilCode }).IsUnique();
        b.HasIndex(p => p.ReferentId);
        b.HasOne<Defi>().WithMany().HasForeignKey(p => p.DefiId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Utilisateur>().WithMany().HasForeignKey(p => p.ReferentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PropositionConfiguration : IEntityTypeConfiguration<Proposition>
{
    public void Configure(EntityTypeBuilder<Proposition> b)
    {
        b.ToTable("Propositions");
        b.Property(p => p.Explication).HasMaxLength(1000);
        b.Property(p => p.AvisAdministration).HasMaxLength(Proposition.LongueurAvis);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.PosteId, p.CandidatureId }).IsUnique();
        b.HasIndex(p => p.CandidatureId);
        b.HasIndex(p => p.DefiId);
        b.HasOne<PosteOuvert>().WithMany().HasForeignKey(p => p.PosteId).OnDelete(DeleteBehavior.Cascade);
        // The post's défi, copied for the lists: the same rule as through the post.
        b.HasOne<Defi>().WithMany().HasForeignKey(p => p.DefiId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Candidature>().WithMany().HasForeignKey(p => p.CandidatureId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class OffreConfiguration : IEntityTypeConfiguration<Offre>
{
    public void Configure(EntityTypeBuilder<Offre> b)
    {
        b.ToTable("Offres");
        b.Property(o => o.RegleAppliquee).HasMaxLength(500);
        b.Property(o => o.Version).IsConcurrencyToken();
        // At most one offer awaiting an answer per person, even if two staff members send one at the same instant.
        b.HasIndex(o => o.CandidatureId).IsUnique().HasFilter("\"Etat\" = 'Envoyee'").HasDatabaseName("IX_Offres_CandidatureId_Active");
        b.HasIndex(o => o.DefiId);
        b.HasOne<Candidature>().WithMany().HasForeignKey(o => o.CandidatureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Proposition>().WithMany().HasForeignKey(o => o.PropositionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Defi>().WithMany().HasForeignKey(o => o.DefiId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class MembreEquipeConfiguration : IEntityTypeConfiguration<MembreEquipe>
{
    public void Configure(EntityTypeBuilder<MembreEquipe> b)
    {
        b.ToTable("MembresEquipes");
        b.Property(m => m.NomComplet).HasMaxLength(200);
        b.Property(m => m.Profil).HasMaxLength(200);
        b.HasIndex(m => m.DefiId);
        b.HasIndex(m => m.CandidatureId).IsUnique();
        b.HasOne<Defi>().WithMany().HasForeignKey(m => m.DefiId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Utilisateur>().WithMany().HasForeignKey(m => m.UtilisateurId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Candidature>().WithMany().HasForeignKey(m => m.CandidatureId).OnDelete(DeleteBehavior.SetNull);
        // No foreign key to Personnes: SQLite cannot add one to an existing table; a person erased from the site
        // leaves a dangling id that the readers ignore.
        b.HasIndex(m => m.PersonneId);
    }
}
