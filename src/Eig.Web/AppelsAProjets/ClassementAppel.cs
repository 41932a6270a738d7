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
        var (grille, lignes) = await OrdonnerAsync(db, await db.AppelsAProjets.FirstAsync(a => a.Id == appelId, ct), seulement, ct);
        return (grille, await DetaillerAsync(db, grille, lignes, ct));
    }

    /// <summary>One page of the whole ranking (the last one when <paramref name="numeroPage"/> is past it: a stale link
    /// after dossiers left the ranking): each row with its rank (none for a dossier without a complete review) and its
    /// full statistics; the page shown and the total number of ranked dossiers.</summary>
    public static async Task<(Grille Grille, int Page, int Total, List<(int? Rang, Ligne Ligne)> Lignes)> PageAsync(EigDbContext db,
        AppelAProjets appel, int numeroPage, int parPage, CancellationToken ct)
    {
        var (grille, toutes) = await OrdonnerAsync(db, appel, null, ct);
        numeroPage = Math.Clamp(numeroPage, 1, Math.Max(1, (toutes.Count + parPage - 1) / parPage));
        var rang = 0;
        var page = toutes.Select(l => (Rang: l.Resultat.Globale is null ? (int?)null : ++rang, Ligne: l))
            .Skip((numeroPage - 1) * parPage).Take(parPage).ToList();
        var detaillees = await DetaillerAsync(db, grille, page.Select(p => p.Ligne).ToList(), ct);
        return (grille, numeroPage, toutes.Count, page.Select((p, i) => (p.Rang, detaillees[i])).ToList());
    }

    private static IQueryable<DossierProjet> Dossiers(EigDbContext db, Guid appelId, IQueryable<Guid>? seulement)
    {
        var dossiers = db.DossiersProjets.AsNoTracking().Where(d => d.AppelId == appelId && d.Etat != EtatDossier.Brouillon);
        return seulement is null ? dossiers : dossiers.Where(d => seulement.Contains(d.Id));
    }

    /// <summary>Three queries whatever the number of dossiers: the dossiers, their active assignments counted, the
    /// overall score and recommendation of each submitted review.</summary>
    private static async Task<(Grille, List<Ligne>)> OrdonnerAsync(EigDbContext db, AppelAProjets appel, IQueryable<Guid>? seulement, CancellationToken ct)
    {
        var grille = await GrilleDeSelection.DeLAppelAsync(db, appel, ct);
        var dossiers = Dossiers(db, appel.Id, seulement);
        var infos = await dossiers.Select(d => new { d.Id, d.Numero, d.Titre, d.Administration, d.Etat }).ToListAsync(ct);
        // The active assignments counted per dossier in the database, then the submitted reviews' overall scores: both
        // driven from the call's dossiers through the index that starts with the assignment's object and covers its
        // state, and read by dossier number (an int reads faster than an identifier stored as text; fewer nullable
        // columns, fewer calls into SQLite per row).
        var affectations = from d in dossiers
                           join a in db.Affectations on d.Id equals a.ObjetId
                           where a.Objet == ObjetsEvalues.DossierProjet && a.Etat == EtatAffectation.Active
                           select new { d.Numero, a.Id };
        var actives = await affectations.GroupBy(x => x.Numero).Select(g => new { Numero = g.Key, Nombre = g.Count() })
            .ToDictionaryAsync(x => x.Numero, x => x.Nombre, ct);
        var soumises = await (from x in affectations
                              join e in db.Evaluations on x.Id equals e.AffectationId
                              where e.Etat == EtatEvaluation.Soumise
                              select new { x.Numero, e.NoteGlobaleSoumise, e.Recommandation }).ToListAsync(ct);
        var parDossier = new Dictionary<int, List<(double?, Recommandation?)>>(actives.Count);
        foreach (var x in soumises)
        {
            ref var liste = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(parDossier, x.Numero, out _);
            (liste ??= new(6)).Add((x.NoteGlobaleSoumise, x.Recommandation));
        }
        var lignes = infos.Select(i => new Ligne(i.Id, i.Numero, i.Titre, i.Administration, i.Etat, actives.GetValueOrDefault(i.Numero),
            Classement.Resumer(grille, parDossier.GetValueOrDefault(i.Numero) ?? []))).ToList();
        return (grille, Classement.Ordonner(lignes, l => l.Resultat).ToList());
    }

    /// <summary>The full statistics (per criterion too) of the given rows, in their order: one query for their scores.</summary>
    private static async Task<List<Ligne>> DetaillerAsync(EigDbContext db, Grille grille, List<Ligne> lignes, CancellationToken ct)
    {
        if (lignes.Count == 0) return lignes;
        var ids = lignes.Select(l => l.DossierId).ToList();
        var evaluations = from a in db.Affectations
                          where a.Objet == ObjetsEvalues.DossierProjet && a.Etat == EtatAffectation.Active && ids.Contains(a.ObjetId)
                          join e in db.Evaluations on a.Id equals e.AffectationId
                          where e.Etat == EtatEvaluation.Soumise
                          select new { e.Id, a.ObjetId, e.Recommandation };
        var soumises = await evaluations.ToListAsync(ct);
        // The criterion scores of the same reviews, selected by the same 100 dossier ids rather than by 500 review ids.
        var notes = await (from e in evaluations
                           join n in db.NotesCriteres on e.Id equals n.EvaluationId
                           where n.Note != null
                           select new { n.EvaluationId, n.CritereId, Note = n.Note!.Value }).ToListAsync(ct);
        var notesParEval = notes.GroupBy(n => n.EvaluationId).ToDictionary(g => g.Key, g => g.ToDictionary(n => n.CritereId, n => n.Note));
        var parDossier = soumises.ToLookup(s => s.ObjetId, s => new NotesSoumises(notesParEval.GetValueOrDefault(s.Id) ?? [], s.Recommandation));
        return lignes.Select(l => l with { Resultat = Classement.Calculer(grille, parDossier[l.DossierId].ToList()) }).ToList();
    }
}
