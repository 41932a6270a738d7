using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Candidatures;

/// <summary>Small queries several pages of the feature share.</summary>
public static class Requetes
{
    /// <summary>The published call for candidates whose window holds today, with its profiles and sprints.</summary>
    public static async Task<AppelACandidatures?> AppelOuvertAsync(this EigDbContext db, DateOnly aujourdhui, CancellationToken ct = default)
    {
        var publies = await db.AppelsACandidatures.Include(a => a.Profils).Include(a => a.Sprints)
            .Where(a => a.Etat == EtatAppel.Publie).AsSplitQuery().ToListAsync(ct);
        return publies.Where(a => a.EstOuvert(aujourdhui)).OrderByDescending(a => a.PublieLe).FirstOrDefault();
    }
}

/// <summary>The vivier as the matching reads it: its people (one query) and the mean scores of their submitted
/// reviews, dossier and interview, out of 20 (one grouped query for all of them, never one per person).</summary>
public static class VivierAppariement
{
    public static async Task<List<ProfilVivier>> ChargerAsync(EigDbContext db, string? profilCode = null, Guid? seulement = null, CancellationToken ct = default)
    {
        var q = db.Candidatures.Where(c => c.Etat == EtatCandidature.Vivier);
        if (seulement is { } s) q = q.Where(c => c.Id == s);
        var personnes = await q.Join(db.ProfilsRecherches, c => c.ProfilId, p => p.Id, (c, p) => new { c.Id, p.Code, c.Competences, c.Domaines, c.Disponibilite, c.AnneesExperience })
            .Where(x => profilCode == null || x.Code == profilCode)
            .ToListAsync(ct);
        var ids = q.Select(c => c.Id);
        var notes = (await (from a in db.Affectations
                            where (a.Objet == Evaluations.ObjetsEvalues.Candidature || a.Objet == Evaluations.ObjetsEvalues.Entretien) && ids.Contains(a.ObjetId)
                            join e in db.Evaluations on a.Id equals e.AffectationId
                            where e.Etat == Evaluations.EtatEvaluation.Soumise && e.NoteGlobaleSoumise != null
                            join g in db.Grilles on a.GrilleId equals g.Id
                            // On the grid's own scale (1–5 by default), brought to 20 so that both reviews read alike.
                            group e.NoteGlobaleSoumise!.Value * 20.0 / g.EchelleMax by new { a.ObjetId, a.Objet } into n
                            select new { n.Key.ObjetId, n.Key.Objet, Moyenne = n.Average() }).ToListAsync(ct))
            .ToDictionary(n => (n.ObjetId, n.Objet), n => n.Moyenne);
        return personnes.Select(v => new ProfilVivier(v.Id, v.Code, [.. Appariement.MotsCles(v.Competences), .. Appariement.MotsCles(v.Domaines)], v.Disponibilite,
            notes.TryGetValue((v.Id, Evaluations.ObjetsEvalues.Candidature), out var d) ? d : null,
            notes.TryGetValue((v.Id, Evaluations.ObjetsEvalues.Entretien), out var e) ? e : null,
            v.AnneesExperience)).ToList();
    }

    /// <summary>Per candidature, the posts it is proposed for and still in play (waiting for the interview, or chosen).</summary>
    public static async Task<Dictionary<Guid, HashSet<Guid>>> ProposeesAsync(EigDbContext db, CancellationToken ct = default) =>
        (await db.Propositions.Where(p => p.Etat == EtatProposition.Proposee || p.Etat == EtatProposition.Choisie)
            .Select(p => new { p.PosteId, p.CandidatureId }).ToListAsync(ct))
        .GroupBy(p => p.CandidatureId).ToDictionary(g => g.Key, g => g.Select(x => x.PosteId).ToHashSet());
}

/// <summary>Matching for a whole promotion at once: every open post of its défis against the whole vivier, loaded
/// in three queries and ranked in memory (see <see cref="Eig.Web.Candidatures.Appariement"/>).</summary>
public static class SuggestionsPromotion
{
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Eig.Web.Candidatures.Suggestion>>> CalculerAsync(
        EigDbContext db, Guid promotionId, bool aussiDejaSuggerees = false, CancellationToken ct = default)
    {
        var postes = await db.PostesOuverts
            .Where(p => db.Defis.Any(d => d.Id == p.DefiId && d.PromotionId == promotionId))
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.DefiId, p.ProfilCode, p.Nombre, p.Expertises, p.DebutSouhaite }).ToListAsync(ct);
        var vivier = await VivierAppariement.ChargerAsync(db, ct: ct);
        var proposees = (await db.Propositions.Where(p => p.Etat != Eig.Web.Candidatures.EtatProposition.Annulee)
                .Select(p => new { p.PosteId, p.CandidatureId }).ToListAsync(ct))
            .GroupBy(p => p.PosteId).ToDictionary(g => g.Key, g => g.Select(x => x.CandidatureId).ToHashSet());
        return Eig.Web.Candidatures.Appariement.SuggererTout(
            postes.Select(p => new Eig.Web.Candidatures.BesoinPoste(p.Id, p.DefiId, p.ProfilCode, p.Nombre,
                Eig.Web.Candidatures.Appariement.MotsCles(p.Expertises), p.DebutSouhaite)),
            vivier, proposees, await VivierAppariement.ProposeesAsync(db, ct), aussiDejaSuggerees);
    }
}
