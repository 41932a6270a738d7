using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspacePorteur.Recrutement;

/// <summary>The administration (porteur referent of a laureate défi): its shortlist only — the people proposed for
/// its own posts, never the vivier — and the mission-interview slots it publishes for them.</summary>
public class IndexModel(EigDbContext db, IClock clock, IAuditLog audit) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public Guid? DefiId { get; set; }
        public DateOnly? Jour { get; set; }
        [RegularExpression(@"^([01]\d|2[0-3]):[0-5]\d$", ErrorMessage = "Saisissez une heure au format HH:MM, par exemple 14:00.")]
        public string? Heure { get; set; }
        [Range(1, 8, ErrorMessage = "Publiez entre 1 et 8 créneaux consécutifs.")]
        public int Nombre { get; set; } = 1;
        [StringLength(Creneau.LongueurModalites, ErrorMessage = "500 caractères au plus.")]
        public string? Modalites { get; set; }
    }

    public sealed record LigneProposition(Guid Id, string Nom, string Profil, EtatProposition Etat, DateTime? Entretien);
    public sealed record DefiRecrute(Guid Id, string Titre, List<LigneProposition> Propositions, List<Creneau> Creneaux);

    public List<DefiRecrute> Defis { get; } = [];
    public List<SelectListItem> ChoixDefis => Defis.Select(d => new SelectListItem(d.Titre, d.Id.ToString())).ToList();

    public async Task OnGetAsync() => await ChargerAsync();

    [RefusSurLeChamp("Input.Jour")]
    public async Task<IActionResult> OnPostAsync()
    {
        await ChargerAsync();
        var defi = Defis.FirstOrDefault(d => d.Id == Input.DefiId);
        if (defi is null) ModelState.AddModelError("Input.DefiId", "Choisissez l'un de vos défis.");
        if (Input.Jour is null) ModelState.AddModelError("Input.Jour", "Indiquez le jour de l'entretien.");
        if (string.IsNullOrWhiteSpace(Input.Heure)) ModelState.AddModelError("Input.Heure", "Indiquez l'heure du premier créneau.");
        if (string.IsNullOrWhiteSpace(Input.Modalites)) ModelState.AddModelError("Input.Modalites", "Indiquez le lieu ou le lien de visioconférence.");
        if (!ModelState.IsValid) return Page();
        var now = clock.UtcNow;
        var heure = TimeOnly.ParseExact(Input.Heure!, "HH:mm");
        for (var i = 0; i < Input.Nombre; i++)
            db.Creneaux.Add(Creneau.EntretienMission(defi!.Id, Fr.VersUtc(Input.Jour!.Value.ToDateTime(heure).AddHours(i)), Input.Modalites!, now));
        audit.Enregistrer("recrutement.creneaux-mission-publies", "Defi", defi!.Id.ToString(), $"{Fr.Nombre(Input.Nombre, "créneau", "créneaux")}");
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
