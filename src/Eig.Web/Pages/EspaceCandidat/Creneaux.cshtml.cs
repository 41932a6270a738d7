using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspaceCandidat;

/// <summary>The candidate books an interview slot: the first interview (their sprint and profile) or a mission
/// interview with an administration they were proposed to. The slot's version token settles two people clicking the
/// same slot at once.</summary>
public class CreneauxModel(EigDbContext db, IClock clock, ReservationsEntretiens reservations) : PageModel
{
    [BindProperty] public Guid CreneauId { get; set; }

    public sealed record Groupe(string Titre, List<Creneau> Creneaux);

    public List<Groupe> Groupes { get; } = [];
    public List<Creneau> Reserves { get; private set; } = [];
    public DateTime Maintenant => clock.UtcNow;

    public async Task OnGetAsync() => await ChargerAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var creneau = await db.Creneaux.FirstOrDefaultAsync(c => c.Id == CreneauId);
        var candidature = creneau is null ? null : await CandidaturePourAsync(creneau);
        if (creneau is null || candidature is null) return NotFound();
        try
        {
            await reservations.ReserverAsync(creneau, candidature);
        }
        catch (DomainException ex)
        {
            TempData["Erreur"] = ex.Message;
            return RedirectToPage();
        }
        TempData["Succes"] = $"Votre entretien est réservé le {Fr.DateHeure(creneau.Debut)}. L'invitation vous est envoyée par courriel.";
        return RedirectToPage("/EspaceCandidat/Index");
    }

    /// <summary>The person's candidature this slot is open to, or null (someone else's slot, or not at that step).</summary>
    private async Task<Candidature?> CandidaturePourAsync(Creneau creneau)
    {
        var moi = User.UtilisateurId();
        var mes = db.Candidatures.Where(c => c.CandidatId == moi);
        return creneau.Type == TypeEntretien.Premier
            ? await mes.FirstOrDefaultAsync(c => c.Etat == EtatCandidature.PremierEntretien && c.SprintId == creneau.SprintId && c.ProfilId == creneau.ProfilId)
            : await mes.FirstOrDefaultAsync(c => c.Etat == EtatCandidature.Vivier
                && db.Propositions.Any(p => p.CandidatureId == c.Id && p.DefiId == creneau.DefiId && p.Etat == EtatProposition.Proposee));
    }

    private async Task ChargerAsync()
    {
        var moi = User.UtilisateurId();
        var now = clock.UtcNow;
        var mes = await db.Candidatures.Where(c => c.CandidatId == moi).AsNoTracking().ToListAsync();
        var ids = mes.Select(c => c.Id).ToList();
        Reserves = await db.Creneaux.Where(c => c.CandidatureId != null && ids.Contains(c.CandidatureId.Value) && c.Fin > now).OrderBy(c => c.Debut).ToListAsync();
        foreach (var c in mes.Where(c => c.Etat == EtatCandidature.PremierEntretien))
        {
            if (Reserves.Any(r => r.Type == TypeEntretien.Premier && r.CandidatureId == c.Id)) continue;
            var libres = await db.Creneaux.Where(x => x.Type == TypeEntretien.Premier && x.SprintId == c.SprintId && x.ProfilId == c.ProfilId
                                                      && x.CandidatureId == null && x.Debut > now).OrderBy(x => x.Debut).ToListAsync();
            Groupes.Add(new Groupe("Premier entretien selon votre profil", libres));
        }
        var propositions = await db.Propositions.Where(p => ids.Contains(p.CandidatureId) && p.Etat == EtatProposition.Proposee)
            .Join(db.Defis, p => p.DefiId, d => d.Id, (p, d) => new { p.CandidatureId, d.Id, d.Titre, d.Administration }).ToListAsync();
        foreach (var p in propositions)
        {
            if (Reserves.Any(r => r.Type == TypeEntretien.Mission && r.DefiId == p.Id)) continue;
            var libres = await db.Creneaux.Where(x => x.Type == TypeEntretien.Mission && x.DefiId == p.Id && x.CandidatureId == null && x.Debut > now)
                .OrderBy(x => x.Debut).ToListAsync();
            Groupes.Add(new Groupe($"Entretien pour la mission « {p.Titre} » ({p.Administration})", libres));
        }
    }
}
