using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Nouveautes;

/// <summary>What is new for one person on each dossier or candidature since they last opened it: the other side's
/// messages, moves made by someone else, and for staff the reviews submitted. Opening the item (<see cref="VuAsync"/>)
/// clears it. Per person: two staff members each have their own.</summary>
public sealed class SuiviDesNouveautes(EigDbContext db, IClock clock)
{
    /// <param name="equipe">Staff read the porteur's messages and the reviews; the porteur reads the team's messages.</param>
    public async Task<IReadOnlyDictionary<Guid, int>> DossiersAsync(Guid moi, IReadOnlyCollection<Guid> ids, bool equipe, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<Guid, int>();
        var vus = await VusAsync(moi, ObjetsSuivis.Dossier, ids, ct);
        var messages = await db.MessagesDossiers.AsNoTracking()
            .Where(m => ids.Contains(m.DossierId) && m.DeLEquipe != equipe && m.AuteurId != moi)
            .Select(m => new { Id = m.DossierId, m.Le }).ToListAsync(ct);
        var moves = await db.ChangementsEtatDossiers.AsNoTracking()
            .Where(h => ids.Contains(h.DossierId) && h.ParId != moi)
            .Select(h => new { Id = h.DossierId, h.Le }).ToListAsync(ct);
        var evenements = messages.Select(m => (m.Id, m.Le)).Concat(moves.Select(h => (h.Id, h.Le))).ToList();
        if (equipe) evenements.AddRange(await EvaluationsAsync([ObjetsEvalues.DossierProjet], ids, ct));
        return Compter(evenements, vus);
    }

    public async Task<IReadOnlyDictionary<Guid, int>> CandidaturesAsync(Guid moi, IReadOnlyCollection<Guid> ids, bool equipe, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<Guid, int>();
        var vus = await VusAsync(moi, ObjetsSuivis.Candidature, ids, ct);
        var jalons = await db.JalonsCandidatures.AsNoTracking()
            // Filing is the candidate's own act (recorded without an author): new for staff, not for them.
            .Where(j => ids.Contains(j.CandidatureId) && j.ParId != moi && (equipe || j.Etat != Candidatures.EtatCandidature.Deposee))
            .Select(j => new { Id = j.CandidatureId, j.At }).ToListAsync(ct);
        var evenements = jalons.Select(j => (j.Id, j.At)).ToList();
        if (equipe) evenements.AddRange(await EvaluationsAsync([ObjetsEvalues.Candidature, ObjetsEvalues.Entretien], ids, ct));
        return Compter(evenements, vus);
    }

    /// <summary>The person opened the item: what happened until now is no longer new for them.</summary>
    public async Task VuAsync(Guid moi, string objet, Guid id, CancellationToken ct = default)
    {
        var c = await db.Consultations.FirstOrDefaultAsync(x => x.UtilisateurId == moi && x.Objet == objet && x.ObjetId == id, ct);
        if (c is null) db.Consultations.Add(new Consultation { UtilisateurId = moi, Objet = objet, ObjetId = id, VuLe = clock.UtcNow });
        else c.VuLe = clock.UtcNow;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person opened it twice at once (two tabs): the other request recorded the visit.
            db.ChangeTracker.Clear();
        }
    }

    public static string Libelle(int n) => Fr.Nombre(n, "nouveauté", "nouveautés");

    private Task<Dictionary<Guid, DateTime>> VusAsync(Guid moi, string objet, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        db.Consultations.AsNoTracking().Where(c => c.UtilisateurId == moi && c.Objet == objet && ids.Contains(c.ObjetId))
            .ToDictionaryAsync(c => c.ObjetId, c => c.VuLe, ct);

    private async Task<List<(Guid, DateTime)>> EvaluationsAsync(string[] objets, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        (await (from e in db.Evaluations.AsNoTracking()
                join a in db.Affectations on e.AffectationId equals a.Id
                where e.SoumiseLe != null && objets.Contains(a.Objet) && ids.Contains(a.ObjetId)
                select new { a.ObjetId, e.SoumiseLe }).ToListAsync(ct))
        .Select(x => (x.ObjetId, x.SoumiseLe!.Value)).ToList();

    private static Dictionary<Guid, int> Compter(IEnumerable<(Guid Id, DateTime Le)> evenements, Dictionary<Guid, DateTime> vus) =>
        evenements.Where(e => !vus.TryGetValue(e.Id, out var vu) || e.Le > vu)
            .GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.Count());
}
