using Eig.Web.Infrastructure.Database;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>The ranking of a call's dossiers (or of a jury session's agenda) from the submitted reviews. The order is
/// the database's, on each dossier's review summary kept at every submission (<see cref="SyntheseEvaluations"/>): a
/// page of 100 out of 4,000 dossiers reads 100 rows, and the statistics (per criterion too) of those 100 only.</summary>
public static class ClassementAppel
{
    public sealed record Ligne(Guid DossierId, int Numero, string Titre, string Administration, EtatDossier Etat,
        int Affectes, ResultatEvaluations Resultat);

    /// <summary>Every dossier (of <paramref name="seulement"/> when given), ranked, each with its full statistics.</summary>
    public static async Task<(Grille Grille, List<Ligne> Lignes)> CalculerAsync(EigDbContext db, Guid appelId,
        IQueryable<Guid>? seulement, CancellationToken ct)
    {
        var grille = await GrilleDeSelection.DeLAppelAsync(db, await db.AppelsAProjets.FirstAsync(a => a.Id == appelId, ct), ct);
        var dossiers = await Lire(Ordonner(Dossiers(db, appelId, seulement))).ToListAsync(ct);
        return (grille, await DetaillerAsync(db, grille, dossiers, ct));
    }

    /// <summary>One page of the whole ranking (the last one when <paramref name="numeroPage"/> is past it: a stale link
    /// after dossiers left the ranking): each row with its rank (none for a dossier without a complete review: those
    /// come last) and its full statistics; the page shown and the total number of ranked dossiers.</summary>
    public static async Task<(Grille Grille, int Page, int Total, List<(int? Rang, Ligne Ligne)> Lignes)> PageAsync(EigDbContext db,
        AppelAProjets appel, int numeroPage, int parPage, CancellationToken ct)
    {
        var grille = await GrilleDeSelection.DeLAppelAsync(db, appel, ct);
        var tous = Dossiers(db, appel.Id, null);
        var total = await tous.CountAsync(ct);
        numeroPage = Math.Clamp(numeroPage, 1, Math.Max(1, (total + parPage - 1) / parPage));
        var sauter = (numeroPage - 1) * parPage;
        var dossiers = await Lire(Ordonner(tous).Skip(sauter).Take(parPage)).ToListAsync(ct);
        var lignes = await DetaillerAsync(db, grille, dossiers, ct);
        return (grille, numeroPage, total,
            lignes.Select((l, i) => (dossiers[i].Classe ? sauter + i + 1 : (int?)null, l)).ToList());
    }

    private static IQueryable<DossierProjet> Dossiers(EigDbContext db, Guid appelId, IQueryable<Guid>? seulement)
    {
        var dossiers = db.DossiersProjets.AsNoTracking().Where(d => d.AppelId == appelId && d.Etat != EtatDossier.Brouillon);
        return seulement is null ? dossiers : dossiers.Where(d => seulement.Contains(d.Id));
    }

    /// <summary>Best first: overall mean, then median, then the better-reviewed dossier, then the older number;
    /// dossiers without any complete review last.</summary>
    private static IQueryable<DossierProjet> Ordonner(IQueryable<DossierProjet> dossiers) =>
        dossiers.OrderBy(d => d.NoteMoyenne == null).ThenByDescending(d => d.NoteMoyenne).ThenByDescending(d => d.NoteMediane)
            .ThenByDescending(d => d.EvaluationsSoumises).ThenBy(d => d.Numero);

    private sealed record Dossier(Guid Id, int Numero, string Titre, string Administration, EtatDossier Etat, bool Classe);

    private static IQueryable<Dossier> Lire(IQueryable<DossierProjet> dossiers) =>
        dossiers.Select(d => new Dossier(d.Id, d.Numero, d.Titre, d.Administration, d.Etat, d.NoteMoyenne != null));

    /// <summary>The rows' active assignments counted and full statistics (per criterion too), in their order: three
    /// queries for the rows given, whatever their number.</summary>
    private static async Task<List<Ligne>> DetaillerAsync(EigDbContext db, Grille grille, List<Dossier> dossiers, CancellationToken ct)
    {
        if (dossiers.Count == 0) return [];
        var ids = dossiers.Select(l => l.Id).ToList();
        var actives = db.Affectations.Where(a => a.Objet == ObjetsEvalues.DossierProjet && a.Etat == EtatAffectation.Active && ids.Contains(a.ObjetId));
        var affectes = await actives.GroupBy(a => a.ObjetId).Select(g => new { g.Key, Nombre = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Nombre, ct);
        var evaluations = from a in actives
                          join e in db.Evaluations on a.Id equals e.AffectationId
                          where e.Etat == EtatEvaluation.Soumise
                          select new { e.Id, a.ObjetId, e.Recommandation };
        var soumises = await evaluations.ToListAsync(ct);
        // The criterion scores of the same reviews, selected by the same dossier ids rather than by every review's id.
        var notes = await (from e in evaluations
                           join n in db.NotesCriteres on e.Id equals n.EvaluationId
                           where n.Note != null
                           select new { n.EvaluationId, n.CritereId, Note = n.Note!.Value }).ToListAsync(ct);
        var notesParEval = notes.GroupBy(n => n.EvaluationId).ToDictionary(g => g.Key, g => g.ToDictionary(n => n.CritereId, n => n.Note));
        var parDossier = soumises.ToLookup(s => s.ObjetId, s => new NotesSoumises(notesParEval.GetValueOrDefault(s.Id) ?? [], s.Recommandation));
        return dossiers.Select(d => new Ligne(d.Id, d.Numero, d.Titre, d.Administration, d.Etat, affectes.GetValueOrDefault(d.Id),
            Classement.Calculer(grille, parDossier[d.Id].ToList()))).ToList();
    }
}
