using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Evenements;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Candidatures;

/// <summary>Staff publish one-hour slots for the first interview, by sprint and profile, inside the sprint's
/// interview window; candidates invited to that step book them.</summary>
public class CreneauxModel(EigDbContext db, IClock clock, IAuditLog audit) : PageModel, IPublieCreneaux
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public SaisieCreneaux Serie { get; set; } = new();
    public RegleCreneaux Regle => Creneau.Publication;

    public sealed class InputModel
    {
        public Guid? SprintId { get; set; }
        public Guid? ProfilId { get; set; }
    }

    public sealed record Ligne(Guid Id, DateTime Debut, string Sprint, string Profil, string Modalites, string? Candidat);

    public List<SelectListItem> Sprints { get; private set; } = [];
    public List<SelectListItem> Profils { get; private set; } = [];
    public List<Ligne> Lignes { get; private set; } = [];

    public async Task OnGetAsync() => await ChargerAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var sprint = Input.SprintId is { } sid ? await db.SprintsRecrutement.FirstOrDefaultAsync(s => s.Id == sid) : null;
        var profil = Input.ProfilId is { } pid ? await db.ProfilsRecherches.FirstOrDefaultAsync(p => p.Id == pid) : null;
        if (sprint is null) ModelState.AddModelError("Input.SprintId", "Choisissez le sprint.");
        if (profil is null || (sprint is not null && profil.AppelId != sprint.AppelId)) ModelState.AddModelError("Input.ProfilId", "Choisissez un profil de l'appel du sprint.");
        var now = clock.UtcNow;
        var (sprintId, profilId) = (sprint?.Id, profil?.Id);
        var publies = await db.Creneaux
            .Where(c => c.Type == TypeEntretien.Premier && c.SprintId == sprintId && c.ProfilId == profilId && c.Fin > now)
            .Select(c => new { c.Debut, c.Fin }).ToListAsync();
        var erreurs = new List<ErreurSaisie>();
        var serie = PublicationCreneaux.Preparer(Serie, Regle, now, publies.Select(c => (c.Debut, c.Fin)), erreurs);
        foreach (var e in erreurs) ModelState.AddModelError($"{nameof(Serie)}.{e.Champ}", e.Message);
        if (ModelState.IsValid)
        {
            try
            {
                foreach (var c in serie)
                    db.Creneaux.Add(Creneau.PremierEntretien(sprint!, profil!.Id, c.Debut, Serie.Lieu!, now, Regle.Delai(Serie)));
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError($"{nameof(Serie)}.{nameof(Serie.Jour)}", ex.Message);
            }
        }
        if (!ModelState.IsValid)
        {
            await ChargerAsync();
            return Page();
        }
        audit.Enregistrer("candidature.creneaux-publies", "SprintRecrutement", sprint!.Id.ToString(), $"{Fr.Nombre(serie.Count, "créneau", "créneaux")}, {profil!.Libelle}");
        await db.SaveChangesAsync();
        TempData["Succes"] = $"{Fr.Nombre(serie.Count, "créneau publié", "créneaux publiés")}.";
        return RedirectToPage();
    }

    private async Task ChargerAsync()
    {
        var sprints = await db.SprintsRecrutement.Join(db.AppelsACandidatures, s => s.AppelId, a => a.Id, (s, a) => new { s, a.Titre })
            .OrderByDescending(x => x.s.EntretiensDebut).ToListAsync();
        Sprints = sprints.Select(x => new SelectListItem($"{x.Titre} — sprint {x.s.Numero} (entretiens du {Fr.Date(x.s.EntretiensDebut)} au {Fr.Date(x.s.EntretiensFin)})", x.s.Id.ToString())).ToList();
        Profils = (await db.ProfilsRecherches.OrderBy(p => p.Ordre).Select(p => new { Texte = p.Libelle, p.Id }).ToListAsync()).Select(x => new SelectListItem(x.Texte, x.Id.ToString())).ToList();
        var now = clock.UtcNow;
        Lignes = await db.Creneaux.Where(c => c.Type == TypeEntretien.Premier && c.Fin > now)
            .OrderBy(c => c.Debut).Take(200)
            .Select(c => new Ligne(c.Id, c.Debut,
                db.SprintsRecrutement.Where(s => s.Id == c.SprintId).Select(s => "Sprint " + s.Numero).FirstOrDefault() ?? "",
                db.ProfilsRecherches.Where(p => p.Id == c.ProfilId).Select(p => p.Libelle).FirstOrDefault() ?? "",
                c.Modalites,
                db.Candidatures.Where(x => x.Id == c.CandidatureId).Select(x => x.Prenom + " " + x.Nom).FirstOrDefault()))
            .ToListAsync();
    }
}
