using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.AppelsAProjets;

// Ids are set by the domain (Guid.CreateVersion7) and never by the database: ValueGeneratedNever makes EF insert a
// child added through a navigation (a history line, a score) instead of trying to update it.

/// <summary>A call for projects: its table, its promotion and its settings.</summary>
public class AppelAProjetsConfiguration : IEntityTypeConfiguration<AppelAProjets>
{
    public void Configure(EntityTypeBuilder<AppelAProjets> b)
    {
        b.ToTable("AppelsAProjets");
        b.Property(a => a.Titre).HasMaxLength(Appel.LongueurTitre);
        b.HasOne<Eig.Web.Promotions.Promotion>().WithMany().HasForeignKey(a => a.PromotionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.ProfilsProposes).HasMaxLength(AppelAProjets.LongueurProfilsProposes);
        b.Property(a => a.SalairesReference).HasMaxLength(100);
        b.Ignore(a => a.Profils);
        b.Ignore(a => a.Salaires);
        b.Ignore(a => a.ACofinancement);
        // A grid in use is never deleted; removing the rules file clears the link.
        b.HasOne<Grille>().WithMany().HasForeignKey(a => a.GrilleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FichierAap>().WithMany().HasForeignKey(a => a.ReglementFichierId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(a => a.GrilleId);
        b.HasIndex(a => a.ReglementFichierId);
    }
}

public class DossierProjetConfiguration : IEntityTypeConfiguration<DossierProjet>
{
    public void Configure(EntityTypeBuilder<DossierProjet> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("DossiersProjets");
        foreach (var p in new[] { nameof(DossierProjet.Titre), nameof(DossierProjet.Administration), nameof(DossierProjet.TypeAdministration),
                     nameof(DossierProjet.SponsorNom), nameof(DossierProjet.SponsorFonction), nameof(DossierProjet.ProfilsSouhaites) })
            b.Property(p).HasMaxLength(DossierProjet.Court);
        foreach (var p in new[] { nameof(DossierProjet.Probleme), nameof(DossierProjet.Preuves), nameof(DossierProjet.PublicsConcernes),
                     nameof(DossierProjet.TerrainExperimentation), nameof(DossierProjet.ObjectifImpact), nameof(DossierProjet.ApprocheProduit),
                     nameof(DossierProjet.FeuilleDeRoute), nameof(DossierProjet.PrioriteGouvernementale), nameof(DossierProjet.MotifDecision) })
            b.Property(p).HasMaxLength(DossierProjet.Long);
        b.Property(d => d.Siret).HasMaxLength(14);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Ignore(d => d.EstModifiableParLePorteur);
        b.Ignore(d => d.Reference);
        b.HasOne<AppelAProjets>().WithMany().HasForeignKey(d => d.AppelId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Utilisateur>().WithMany().HasForeignKey(d => d.PorteurId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Historique).WithOne().HasForeignKey(h => h.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => d.Numero).IsUnique();
        // The call's lists by state, and its ranking read from this index alone (the rows are wide: a dozen long texts).
        b.HasIndex(d => new { d.AppelId, d.Etat, d.NoteMoyenne, d.NoteMediane, d.EvaluationsSoumises, d.Numero })
            .HasDatabaseName("IX_DossiersProjets_Classement"); // PostgreSQL cuts names at 63 characters
        b.HasIndex(d => d.PorteurId);
        b.HasIndex(d => d.ModifieLe);
        // The staff home's dossiers filed this week, counted and listed from the index (the rows are wide).
        b.HasIndex(d => new { d.DeposeLe, d.Etat });
    }
}

public class ChangementEtatDossierConfiguration : IEntityTypeConfiguration<ChangementEtatDossier>
{
    public void Configure(EntityTypeBuilder<ChangementEtatDossier> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("ChangementsEtatDossiers");
        b.Property(c => c.Motif).HasMaxLength(DossierProjet.Long);
        b.HasIndex(c => new { c.DossierId, c.Le });
    }
}

public class CoEditeurConfiguration : IEntityTypeConfiguration<CoEditeur>
{
    public void Configure(EntityTypeBuilder<CoEditeur> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("CoEditeurs");
        b.HasOne<DossierProjet>().WithMany().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Utilisateur>().WithMany().HasForeignKey(c => c.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.DossierId, c.UtilisateurId }).IsUnique();
        b.HasIndex(c => c.UtilisateurId);
    }
}

public class FichierAapConfiguration : IEntityTypeConfiguration<FichierAap>
{
    public void Configure(EntityTypeBuilder<FichierAap> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("FichiersAap");
        b.Property(f => f.NomFichier).HasMaxLength(255);
        b.Property(f => f.TypeMime).HasMaxLength(100);
        b.HasOne<DossierProjet>().WithMany().HasForeignKey(f => f.DossierId).OnDelete(DeleteBehavior.Cascade);
        // A message's attachment goes with the message.
        b.HasOne<MessageDossier>().WithMany().HasForeignKey(f => f.MessageId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => f.DossierId);
        b.HasIndex(f => f.MessageId);
    }
}

public class MessageDossierConfiguration : IEntityTypeConfiguration<MessageDossier>
{
    public void Configure(EntityTypeBuilder<MessageDossier> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("MessagesDossiers");
        b.Property(m => m.Texte).HasMaxLength(MessageDossier.LongueurMax);
        b.HasOne<DossierProjet>().WithMany().HasForeignKey(m => m.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.DossierId, m.Le });
    }
}

public class CreneauSoutenanceConfiguration : IEntityTypeConfiguration<CreneauSoutenance>
{
    public void Configure(EntityTypeBuilder<CreneauSoutenance> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("CreneauxSoutenance");
        b.Property(c => c.Lieu).HasMaxLength(CreneauSoutenance.LongueurLieu);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.Fin);
        b.HasOne<AppelAProjets>().WithMany().HasForeignKey(c => c.AppelId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<DossierProjet>().WithMany().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(c => new { c.AppelId, c.Debut });
        b.HasIndex(c => c.DossierId);
    }
}

public class SessionJuryConfiguration : IEntityTypeConfiguration<SessionJury>
{
    public void Configure(EntityTypeBuilder<SessionJury> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("SessionsJury");
        b.Property(s => s.Titre).HasMaxLength(SessionJury.LongueurTitre);
        b.Property(s => s.Deliberation).HasMaxLength(SessionJury.LongueurDeliberation);
        b.HasOne<AppelAProjets>().WithMany().HasForeignKey(s => s.AppelId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Membres).WithOne().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.OrdreDuJour).WithOne().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class MembreJuryConfiguration : IEntityTypeConfiguration<MembreJury>
{
    public void Configure(EntityTypeBuilder<MembreJury> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("MembresJury");
        b.HasOne<Utilisateur>().WithMany().HasForeignKey(m => m.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.SessionId, m.UtilisateurId }).IsUnique();
        b.HasIndex(m => m.UtilisateurId);
    }
}

public class PointOrdreDuJourConfiguration : IEntityTypeConfiguration<PointOrdreDuJour>
{
    public void Configure(EntityTypeBuilder<PointOrdreDuJour> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("PointsOrdreDuJour");
        b.Property(p => p.NotesSoutenance).HasMaxLength(DossierProjet.Long);
        b.Property(p => p.Motivation).HasMaxLength(DossierProjet.Long);
        b.HasOne<DossierProjet>().WithMany().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.SessionId, p.DossierId }).IsUnique();
        b.HasIndex(p => p.DossierId);
        b.HasMany(p => p.Profils).WithOne().HasForeignKey(o => o.PointId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ProfilOctroyeConfiguration : IEntityTypeConfiguration<ProfilOctroye>
{
    public void Configure(EntityTypeBuilder<ProfilOctroye> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("ProfilsOctroyes");
        b.Property(p => p.Profil).HasMaxLength(200);
        b.HasOne<DossierProjet>().WithMany().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Eig.Web.Promotions.Defi>().WithMany().HasForeignKey(p => p.DefiId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(p => p.DossierId);
        b.HasIndex(p => p.DefiId);
    }
}
