using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Eig.Web.AppelsAProjets;

/// <summary>Keeps each dossier's review summary (<see cref="DossierProjet.EvaluationsSoumises"/>, its mean and median
/// overall score) equal to its submitted reviews. Called by the context's save, so that every path that submits a
/// review (the evaluator's form, demo data, imports, tests) keeps it, in the same transaction as the review.</summary>
public static class SyntheseEvaluations
{
    /// <summary>The dossiers whose summary this save may change: a submitted review added, submitted or removed, an
    /// assignment of a dossier added, removed or changing state. Saving a draft changes nothing.</summary>
    public static async Task<HashSet<Guid>> ConcernesAsync(EigDbContext db, CancellationToken ct)
    {
        var dossiers = new HashSet<Guid>();
        // One pass over the tracker (each call to Entries() detects changes again: a bulk save tracks thousands).
        var suivies = db.ChangeTracker.Entries().ToList();
        var entrees = suivies.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (entrees.Count == 0) return dossiers;
        var affectationsSuivies = suivies.Select(e => e.Entity).OfType<Affectation>().ToDictionary(a => a.Id);
        foreach (var e in entrees)
        {
            if (e.Entity is not Affectation a) continue;
            if (a.Objet == ObjetsEvalues.DossierProjet
                && (e.State != EntityState.Modified || e.Property(nameof(Affectation.Etat)).IsModified))
                dossiers.Add(a.ObjetId);
        }
        List<Guid>? inconnues = null;
        foreach (var e in entrees)
        {
            if (e.Entity is not Evaluation ev || !TouchesUneSoumise(e)) continue;
            if (affectationsSuivies.TryGetValue(ev.AffectationId, out var a))
            {
                if (a.Objet == ObjetsEvalues.DossierProjet) dossiers.Add(a.ObjetId);
            }
            else (inconnues ??= []).Add(ev.AffectationId);
        }
        if (inconnues is not null)
            dossiers.UnionWith(await db.Affectations.AsNoTracking()
                .Where(a => inconnues.Contains(a.Id) && a.Objet == ObjetsEvalues.DossierProjet).Select(a => a.ObjetId).ToListAsync(ct));
        return dossiers;
    }

    private static bool TouchesUneSoumise(EntityEntry e)
    {
        var etat = e.Property(nameof(Evaluation.Etat));
        return e.State switch
        {
            EntityState.Added => (EtatEvaluation)etat.CurrentValue! == EtatEvaluation.Soumise,
            EntityState.Deleted => (EtatEvaluation)etat.OriginalValue! == EtatEvaluation.Soumise,
            _ => (EtatEvaluation)etat.CurrentValue! == EtatEvaluation.Soumise || (EtatEvaluation)etat.OriginalValue! == EtatEvaluation.Soumise,
        };
    }

    /// <summary>Recomputes the given dossiers' summaries from what the database holds, after the save and in its
    /// transaction. The dossiers' rows are locked first (a write that changes nothing), so that two evaluators of one
    /// dossier submitting at the same moment are counted one after the other: on PostgreSQL the second waits for the
    /// first's commit, and its reading, a later statement, sees both reviews; SQLite has one writer at a time.</summary>
    public static async Task RecalculerAsync(EigDbContext db, IReadOnlyCollection<Guid> dossiers, CancellationToken ct)
    {
        await db.DossiersProjets.Where(d => dossiers.Contains(d.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.EvaluationsSoumises, d => d.EvaluationsSoumises), ct);
        var soumises = await (from a in db.Affectations
                              where a.Objet == ObjetsEvalues.DossierProjet && a.Etat == EtatAffectation.Active && dossiers.Contains(a.ObjetId)
                              join e in db.Evaluations on a.Id equals e.AffectationId
                              where e.Etat == EtatEvaluation.Soumise
                              select new { a.ObjetId, e.NoteGlobaleSoumise }).ToListAsync(ct);
        var parDossier = soumises.ToLookup(s => s.ObjetId, s => s.NoteGlobaleSoumise);
        var suivis = db.ChangeTracker.Entries<DossierProjet>().Where(e => dossiers.Contains(e.Entity.Id)).ToDictionary(e => e.Entity.Id);
        foreach (var id in dossiers)
        {
            var notes = parDossier[id].ToList();
            var globale = Statistiques.De(notes.Where(n => n is not null).Select(n => n!.Value).ToList());
            var (nombre, moyenne, mediane) = (notes.Count, globale?.Moyenne, globale?.Mediane);
            await db.DossiersProjets.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.EvaluationsSoumises, nombre)
                .SetProperty(d => d.NoteMoyenne, moyenne)
                .SetProperty(d => d.NoteMediane, mediane), ct);
            // A dossier this context tracks shows the new figures, as if read after the save (and is not marked modified).
            if (suivis.TryGetValue(id, out var suivi))
            {
                foreach (var (propriete, valeur) in new (string, object?)[]
                         { (nameof(DossierProjet.EvaluationsSoumises), nombre), (nameof(DossierProjet.NoteMoyenne), moyenne), (nameof(DossierProjet.NoteMediane), mediane) })
                {
                    suivi.Property(propriete).CurrentValue = valeur;
                    suivi.Property(propriete).OriginalValue = valeur;
                }
            }
        }
    }
}
