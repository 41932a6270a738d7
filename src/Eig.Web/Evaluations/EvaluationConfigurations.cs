using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Evaluations;

// Ids are set by the domain (Guid.CreateVersion7) and never by the database: ValueGeneratedNever makes EF insert a
// child added through a navigation (a history line, a score) instead of trying to update it.

public class GrilleConfiguration : IEntityTypeConfiguration<Grille>
{
    public void Configure(EntityTypeBuilder<Grille> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("Grilles");
        b.Property(g => g.Nom).HasMaxLength(Grille.LongueurNom);
        b.Ignore(g => g.CriteresOrdonnes);
        b.Ignore(g => g.EstPonderee);
        b.HasMany(g => g.Criteres).WithOne().HasForeignKey(c => c.GrilleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class CritereConfiguration : IEntityTypeConfiguration<Critere>
{
    public void Configure(EntityTypeBuilder<Critere> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("Criteres");
        b.Property(c => c.Nom).HasMaxLength(Critere.LongueurNom);
        b.Property(c => c.Description).HasMaxLength(Critere.LongueurDescription);
        b.HasIndex(c => new { c.GrilleId, c.Numero }).IsUnique();
    }
}

public class AffectationConfiguration : IEntityTypeConfiguration<Affectation>
{
    public void Configure(EntityTypeBuilder<Affectation> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("Affectations");
        b.Property(a => a.Objet).HasMaxLength(40);
        b.Property(a => a.MotifConflit).HasMaxLength(Affectation.LongueurMotif);
        b.Ignore(a => a.EstActive);
        b.HasOne<Grille>().WithMany().HasForeignKey(a => a.GrilleId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Utilisateur>().WithMany().HasForeignKey(a => a.EvaluateurId).OnDelete(DeleteBehavior.Restrict);
        // The object first, then what the ranking and the dossier list read of each assignment: a call's ranking goes
        // from its dossiers to their active assignments through this index alone (SQLite, without statistics, would
        // otherwise start from every assignment of every call).
        b.HasIndex(a => new { a.ObjetId, a.Objet, a.Etat, a.EvaluateurId, a.Id });
        // Load per evaluator: the least-loaded suggestion counts active assignments.
        b.HasIndex(a => new { a.EvaluateurId, a.Etat });
    }
}

public class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("Evaluations");
        b.Property(e => e.CommentaireGeneral).HasMaxLength(Evaluation.LongueurCommentaire);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Ignore(e => e.EstSoumise);
        b.HasOne<Affectation>().WithOne().HasForeignKey<Evaluation>(e => e.AffectationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.AffectationId).IsUnique();
        // The staff home counts and lists the week's submitted reviews from this index, not from every review.
        b.HasIndex(e => e.SoumiseLe);
        b.HasMany(e => e.Notes).WithOne().HasForeignKey(n => n.EvaluationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class NoteCritereConfiguration : IEntityTypeConfiguration<NoteCritere>
{
    public void Configure(EntityTypeBuilder<NoteCritere> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("NotesCriteres");
        b.Property(n => n.Commentaire).HasMaxLength(Evaluation.LongueurCommentaire);
        b.HasOne<Critere>().WithMany().HasForeignKey(n => n.CritereId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(n => new { n.EvaluationId, n.CritereId }).IsUnique();
    }
}
