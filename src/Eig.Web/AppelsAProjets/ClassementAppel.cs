using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>The ranking of a call's dossiers (or of a jury session's agenda) from the submitted reviews, in three
/// queries whatever the number of dossiers: dossiers, submitted reviews with their assignment, their scores.</summary>
public static class ClassementAppel
{
    public sealed record Ligne(Guid DossierId, int Numero, string Titre, string Administration, EtatDossier Etat,
        int Affectes, ResultatEvaluations Resultat);

    public static async Task<(Grille Grille, List<Ligne> Lignes)> CalculerAsync(EigDbContext db, Guid appelId,
        IQueryable<Guid>? seulement, CancellationToken ct)
    {
        var grille = await GrilleDeSelection.DeLAppelAsync(db, await db.AppelsAProjets.FirstAsync(a => a.Id == appelId, ct), ct);
        var dossiers = db.DossiersProjets.AsNoTracking().Where(d => d.AppelId == appelId && d.Etat != EtatDossier.Brouillon);
        if (seulement is not null) dossiers = dossiers.Where(d => seulement.Contains(d.Id));
        var infos = await dossiers.Select(d => new { d.Id, d.Numero, d.Titre, d.Administration, d.Etat }).ToListAsync(ct);

        // A subquery rather than a list of ids: the database joins it with its indexes.
        var affectations = db.Affectations.Where(a => a.Objet == ObjetsEvalues.DossierProjet && a.Etat == EtatAffectation.Active
            && dossiers.Any(d => d.Id == a.ObjetId));
        var actives = await affectations.GroupBy(a => a.ObjetId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var soumises = await (from a in affectations
                              join e in db.Evaluations on a.Id equals e.AffectationId
                              where e.Etat == EtatEvaluation.Soumise
                              select new { e.Id, a.ObjetId, e.Recommandation }).ToListAsync(ct);
        var evalIds = soumises.Select(s => s.Id).ToHashSet();
        var notes = await (from a in affectations
                           join e in db.Evaluations on a.Id equals e.AffectationId
                           where e.Etat == EtatEvaluation.Soumise
                           join n in db.NotesCriteres on e.Id equals n.EvaluationId
                           where n.Note != null
                           select new { n.EvaluationId, n.CritereId, Note = n.Note!.Value }).ToListAsync(ct);
        var notesParEval = notes.GroupBy(n => n.EvaluationId).ToDictionary(g => g.Key, g => g.ToDictionary(n => n.CritereId, n => n.Note));
        var parDossier = soumises.GroupBy(s => s.ObjetId).ToDictionary(g => g.Key, g => g
            .Select(s => new NotesSoumises(notesParEval.GetValueOrDefault(s.Id) ?? [], s.Recommandation)).ToList());

        var lignes = infos.Select(i => new Ligne(i.Id, i.Numero, i.Titre, i.Administration, i.Etat, actives.GetValueOrDefault(i.Id),
            Classement.Calculer(grille, parDossier.GetValueOrDefault(i.Id) ?? []))).ToList();
        return (grille, Classement.Ordonner(lignes, l => l.Resultat).ToList());
    }
}
