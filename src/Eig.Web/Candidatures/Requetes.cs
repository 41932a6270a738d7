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

/// <summary>Matching for a whole promotion at once: every open post of its défis against the whole vivier, loaded
/// in two queries and ranked in memory (see <see cref="Eig.Web.Candidatures.Appariement"/>).</summary>
public static class SuggestionsPromotion
{
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Eig.Web.Candidatures.Suggestion>>> CalculerAsync(
        EigDbContext db, Guid promotionId, CancellationToken ct = default)
    {
        var postes = await db.PostesOuverts
            .Where(p => db.Defis.Any(d => d.Id == p.DefiId && d.PromotionId == promotionId))
            .Select(p => new { p.Id, p.DefiId, p.ProfilCode, p.Nombre, p.Expertises, p.DebutSouhaite }).ToListAsync(ct);
        var vivier = await db.Candidatures.Where(c => c.Etat == Eig.Web.Candidatures.EtatCandidature.Vivier)
            .Join(db.ProfilsRecherches, c => c.ProfilId, p => p.Id, (c, p) => new { c.Id, p.Code, c.Competences, c.Domaines, c.Disponibilite })
            .ToListAsync(ct);
        var proposees = (await db.Propositions.Where(p => p.Etat != Eig.Web.Candidatures.EtatProposition.Annulee)
                .Select(p => new { p.PosteId, p.CandidatureId }).ToListAsync(ct))
            .GroupBy(p => p.PosteId).ToDictionary(g => g.Key, g => g.Select(x => x.CandidatureId).ToHashSet());
        return Eig.Web.Candidatures.Appariement.SuggererTout(
            postes.Select(p => new Eig.Web.Candidatures.BesoinPoste(p.Id, p.DefiId, p.ProfilCode, p.Nombre,
                Eig.Web.Candidatures.Appariement.MotsCles(p.Expertises), p.DebutSouhaite)),
            vivier.Select(v => new Eig.Web.Candidatures.ProfilVivier(v.Id, v.Code,
                [.. Eig.Web.Candidatures.Appariement.MotsCles(v.Competences), .. Eig.Web.Candidatures.Appariement.MotsCles(v.Domaines)], v.Disponibilite)).ToList(),
            proposees);
    }
}
