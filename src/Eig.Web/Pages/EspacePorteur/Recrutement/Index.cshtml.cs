using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Evenements;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspacePorteur.Recrutement;

/// <summary>The administration (porteur referent of a laureate défi): its shortlist only — the people proposed for
/// its own posts, never the vivier — and the mission-interview slots it publishes for them.</summary>
public class IndexModel(EigDbContext db, IClock clock, IAuditLog audit) : PageModel, IPublieCreneaux
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public SaisieCreneaux Serie { get; set; } = new();
    public RegleCreneaux Regle => Creneau.Publication;

    public sealed class InputModel
    {
        public Guid? DefiId { get; set; }
    }

    public sealed record LigneProposition(Guid Id, string Nom, string Profil, EtatProposition Etat, DateTime? Entretien);
    public sealed record DefiRecrute(Guid Id, string Titre, List<LigneProposition> Propositions, List<Creneau> Creneaux);

    public List<DefiRecrute> Defis { get; } = [];
    public List<SelectListItem> ChoixDefis => Defis.Select(d => new SelectListItem(d.Titre, d.Id.ToString())).ToList();

    public async Task OnGetAsync() => await ChargerAsync();

    [RefusSurLeChamp("Serie.Jour")]
    public async Task<IActionResult> OnPostAsync()
    {
        await ChargerAsync();
        var defi = Defis.FirstOrDefault(d => d.Id == Input.DefiId);
        if (defi is null) ModelState.AddModelError("Input.DefiId", "Choisissez l'un de vos défis.");
        var now = clock.UtcNow;
        var erreurs = new List<ErreurSaisie>();
        var serie = PublicationCreneaux.Preparer(Serie, Regle, now, defi?.Creneaux.Select(c => (c.Debut, c.Fin)) ?? [], erreurs);
        foreach (var e in erreurs) ModelState.AddModelError($"{nameof(Serie)}.{e.Champ}", e.Message);
        if (!ModelState.IsValid) return Page();
        foreach (var c in serie)
            db.Creneaux.Add(Creneau.EntretienMission(defi!.Id, c.Debut, Serie.Lieu!, now, Regle.Delai(Serie)));
        audit.Enregistrer("recrutement.creneaux-mission-publies", "Defi", defi!.Id.ToString(), $"{Fr.Nombre(serie.Count, "créneau", "créneaux")}");
        await db.SaveChangesAsync();
        TempData["Succes"] = "Vos créneaux sont publiés : les personnes proposées peuvent les réserver.";
        return RedirectToPage();
    }

    private async Task ChargerAsync()
    {
        var moi = User.UtilisateurId();
        var postes = await db.PostesOuverts.Where(p => p.ReferentId == moi)
            .Join(db.Defis, p => p.DefiId, d => d.Id, (p, d) => new { Poste = p, d.Titre }).ToListAsync();
        var libelles = (await db.ProfilsRecherches.Select(p => new { p.Code, p.Libelle }).ToListAsync()).DistinctBy(p => p.Code).ToDictionary(p => p.Code, p => p.Libelle);
        var now = clock.UtcNow;
        foreach (var groupe in postes.GroupBy(p => p.Poste.DefiId))
        {
            var posteIds = groupe.Select(g => g.Poste.Id).ToList();
            var propositions = await db.Propositions.Where(p => posteIds.Contains(p.PosteId) && p.Etat != EtatProposition.Annulee)
                .Join(db.Candidatures, p => p.CandidatureId, c => c.Id, (p, c) => new { p, Nom = c.Prenom + " " + c.Nom })
                .ToListAsync();
            var creneaux = await db.Creneaux.Where(c => c.Type == TypeEntretien.Mission && c.DefiId == groupe.Key && c.Fin > now).OrderBy(c => c.Debut).ToListAsync();
            Defis.Add(new DefiRecrute(groupe.Key, groupe.First().Titre,
                propositions.Select(x => new LigneProposition(x.p.Id, x.Nom,
                    libelles.GetValueOrDefault(groupe.First(g => g.Poste.Id == x.p.PosteId).Poste.ProfilCode, ""), x.p.Etat,
                    creneaux.FirstOrDefault(c => c.CandidatureId == x.p.CandidatureId)?.Debut)).ToList(),
                creneaux));
        }
    }
}
