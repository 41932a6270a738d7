using Eig.Web.Infrastructure.Database;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>The ranking of a call's dossiers (or of a jury session's agenda) from the submitted reviews. The order
/// needs only each review's overall score, stored at submission; the per-criterion statistics are computed for the
/// rows shown, so that a page of 100 out of 4,000 dossiers reads 100 dossiers' criterion scores, not 100,000.</summary>
public static class ClassementAppel
{
    public sealed record Ligne(Guid DossierId, int Numero, string Titre, string Administration, EtatDossier Etat,
        int Affectes, ResultatEvaluations Resultat);

    /// <summary>Every dossier (of <paramref name="seulement"/> when given), ranked, each with its full statistics.</summary>
    public static async Task<(Grille Grille, List<Ligne> Lignes)> CalculerAsync(EigDbContext db, Guid appelId,
        IQueryable<Guid>? seulement, CancellationToken ct)
    {
        var (grille, lignes) = await OrdonnerAsync(db, appelId, seulement, ct);
        return (grille, await DetaillerAsync(db, grille, lignes, ct));
    }

    /// <summary>One page of the whole ranking: each row with its rank (none for a dossier without a complete review)
    /// and its full statistics; the total number of ranked dossiers.</summary>
    public static async Task<(Grille Grille, int Total, List<(int? Rang, Ligne Ligne)> Lignes)> PageAsync(EigDbContext db,
        Guid appelId, int numeroPage, int parPage, CancellationToken ct)
    {
        var (grille, toutes) = await OrdonnerAsync(db, appelId, null, ct);
        var rang = 0;
        var page = toutes.Select(l => (Rang: l.Resultat.Globale is null ? (int?)null : ++rang, Ligne: l))
            .Skip((numeroPage - 1) * parPage).Take(parPage).ToList();
        var detaillees = await DetaillerAsync(db, grille, page.Select(p => p.Ligne).ToList(), ct);
        return (grille, toutes.Count, page.Select((p, i) => (p.Rang, detaillees[i])).ToList());
    }

    private static IQueryable<DossierProjet> Dossiers(EigDbContext db, Guid appelId, IQueryable<Guid>? seulement)
    {
        var dossiers = db.DossiersProjets.AsNoTracking().Where(d => d.AppelId == appelId && d.Etat != EtatDossier.Brouillon);
        return seulement is null ? dossiers : dossiers.Where(d => seulement.Contains(d.Id));
    }

    private static IQueryable<Affectation> Affectations(EigDbContext db, IQueryable<DossierProjet> dossiers) =>
        // A subquery rather than a list of ids: the database joins it with its indexes.
        db.Affectations.Where(a => a.Objet == ObjetsEvalues.DossierProjet && a.Etat == EtatAffectation.Active
            && dossiers.Any(d => d.Id == a.ObjetId));

    /// <summary>Two queries whatever the number of dossiers: the dossiers, then their active assignments with the
    /// overall score and recommendation of each submitted review.</summary>
    private static async Task<(Grille, List<Ligne>)> OrdonnerAsync(EigDbContext db, Guid appelId, IQueryable<Guid>? seulement, CancellationToken ct)
    {
        var grille = await GrilleDeSelection.DeLAppelAsync(db, await db.AppelsAProjets.FirstAsync(a => a.Id == appelId, ct), ct);
        var dossiers = Dossiers(db, appelId, seulement);
        var infos = await dossiers.Select(d => new { d.Id, d.Numero, d.Titre, d.Administration, d.Etat }).ToListAsync(ct);
        // One pass over the active assignments (each has at most one review): counted, and their submitted scores.
        var parAffectation = await (from a in Affectations(db, dossiers)
                                    join e in db.Evaluations on a.Id equals e.AffectationId into evaluations
                                    from e in evaluations.DefaultIfEmpty()
                                    select new
                                    {
                                        a.ObjetId,
                                        Soumise = e != null && e.Etat == EtatEvaluation.Soumise,
                                        Note = e == null ? null : e.NoteGlobaleSoumise,
                                        Recommandation = e == null ? null : e.Recommandation,
                                    }).ToListAsync(ct);
        var actives = parAffectation.CountBy(x => x.ObjetId).ToDictionary();
        var parDossier = parAffectation.Where(x => x.Soumise).ToLookup(x => x.ObjetId, x => (x.Note, x.Recommandation));
        var lignes = infos.Select(i => new Ligne(i.Id, i.Numero, i.Titre, i.Administration, i.Etat, actives.GetValueOrDefault(i.Id),
            Classement.Resumer(grille, parDossier[i.Id].ToList()))).ToList();
        return (grille, Classement.Ordonner(lignes, l => l.Resultat).ToList());
    }

    /// <summary>The full statistics (per criterion too) of the given rows, in their order: one query for their scores.</summary>
    private static async Task<List<Ligne>> DetaillerAsync(EigDbContext db, Grille grille, List<Ligne> lignes, CancellationToken ct)
    {
        if (lignes.Count == 0) return lignes;
        var ids = lignes.Select(l => l.DossierId).ToList();
        var soumises = await (from a in db.Affectations
                              where a.Objet == ObjetsEvalues.DossierProjet && a.Etat == EtatAffectation.Active && ids.Contains(a.ObjetId)
                              join e in db.Evaluations on a.Id equals e.AffectationId
                              where e.Etat == EtatEvaluation.Soumise
                              select new { e.Id, a.ObjetId, e.Recommandation }).ToListAsync(ct);
        var evalIds = soumises.Select(s => s.Id).ToList();
        var notes = await db.NotesCriteres.AsNoTracking()
            .Where(n => evalIds.Contains(n.EvaluationId) && n.Note != null)
            .Select(n => new { n.EvaluationId, n.CritereId, Note = n.Note!.Value }).ToListAsync(ct);
        var notesParEval = notes.GroupBy(n => n.EvaluationId).ToDictionary(g => g.Key, g => g.ToDictionary(n => n.CritereId, n => n.Note));
        var parDossier = soumises.ToLookup(s => s.ObjetId, s => new NotesSoumises(notesParEval.GetValueOrDefault(s.Id) ?? [], s.Recommandation));
        return lignes.Select(l => l with { Resultat = Classement.Calculer(grille, parDossier[l.DossierId].ToList()) }).ToList();
    }
}
