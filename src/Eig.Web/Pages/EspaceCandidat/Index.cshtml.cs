using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspaceCandidat;

/// <summary>The candidate's space: each of their candidatures with the five steps of seed 004, and what they can do.</summary>
public class IndexModel(EigDbContext db, IClock clock, Eig.Web.Nouveautes.SuiviDesNouveautes nouveautes) : PageModel
{
    public sealed record Vue(Candidature Candidature, string Appel, string? Profil, IReadOnlyList<EtapeChronologie> Etapes,
        Offre? OffreEnAttente, Offre? OffreAcceptee, bool PeutReserver, IReadOnlyList<Creneau> Entretiens);

    public List<Vue> Candidatures { get; } = [];
    public bool AppelOuvert { get; private set; }
    /// <summary>Per candidature: the steps the team moved since my last visit. This page is where a candidature is
    /// followed, so showing it is the visit: the badge is gone next time.</summary>
    public IReadOnlyDictionary<Guid, int> Nouveautes { get; private set; } = new Dictionary<Guid, int>();
    /// <summary>For a recruited EIG: the next sessions of their promotion's support programme.</summary>
    public IReadOnlyList<Eig.Web.Pages.EspaceDefi.ProgrammeModel.Ligne> Seances { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var moi = User.UtilisateurId();
        var liste = await db.Candidatures.Include(c => c.Historique).Where(c => c.CandidatId == moi)
            .OrderByDescending(c => c.CreeLe).AsSplitQuery().ToListAsync();
        var ids = liste.Select(c => c.Id).ToList();
        var propositions = await db.Propositions.Where(p => ids.Contains(p.CandidatureId)).ToListAsync();
        var offres = await db.Offres.Where(o => ids.Contains(o.CandidatureId)).ToListAsync();
        var creneaux = await db.Creneaux.Where(c => c.CandidatureId != null && ids.Contains(c.CandidatureId.Value)).OrderBy(c => c.Debut).ToListAsync();
        var appels = await db.AppelsACandidatures.Where(a => liste.Select(c => c.AppelId).Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Titre);
        var profils = await db.ProfilsRecherches.Where(p => liste.Select(c => c.AppelId).Contains(p.AppelId)).ToDictionaryAsync(p => p.Id, p => p.Libelle);
        var now = clock.UtcNow;
        foreach (var c in liste)
        {
            var mesPropositions = propositions.Where(p => p.CandidatureId == c.Id).ToList();
            var mesOffres = offres.Where(o => o.CandidatureId == c.Id).ToList();
            var premierReserve = creneaux.Any(x => x.CandidatureId == c.Id && x.Type == TypeEntretien.Premier);
            var peutReserver = (c.Etat == EtatCandidature.PremierEntretien && !premierReserve)
                               || (c.Etat == EtatCandidature.Vivier && mesPropositions.Any(p => p.Etat == EtatProposition.Proposee));
            Candidatures.Add(new Vue(c, appels.GetValueOrDefault(c.AppelId, ""), c.ProfilId is { } pid ? profils.GetValueOrDefault(pid) : null,
                Chronologie.Construire(c, mesPropositions, mesOffres),
                mesOffres.FirstOrDefault(o => o.Etat == EtatOffre.Envoyee), mesOffres.FirstOrDefault(o => o.Etat == EtatOffre.Acceptee),
                peutReserver, creneaux.Where(x => x.CandidatureId == c.Id && x.Fin > now).ToList()));
        }
        AppelOuvert = await db.AppelOuvertAsync(DateOnly.FromDateTime(now)) is not null;
        Nouveautes = await nouveautes.CandidaturesAsync(moi, ids, equipe: false);
        foreach (var id in ids)
            await nouveautes.VuAsync(moi, Eig.Web.Nouveautes.ObjetsSuivis.Candidature, id);
        Seances = (await Eig.Web.Pages.EspaceDefi.ProgrammeModel.SeancesAsync(db, moi, HttpContext.RequestAborted)).Where(l => l.Seance.Debut > now).Take(3).ToList();
    }
}
