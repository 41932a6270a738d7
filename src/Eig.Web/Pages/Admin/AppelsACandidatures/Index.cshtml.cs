using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.AppelsACandidatures;

/// <summary>Staff: the calls for candidates, and a new one (as a draft) for a promotion.</summary>
public class IndexModel(EigDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public Guid? PromotionId { get; set; }
        public string? Titre { get; set; }
        public DateOnly? Ouverture { get; set; }
        public DateOnly? Cloture { get; set; }
    }

    public sealed record Ligne(Guid Id, string Titre, EtatAppel Etat, DateOnly? Ouverture, DateOnly? Cloture, int Candidatures);
    public List<Ligne> Lignes { get; private set; } = [];
    public List<SelectListItem> Promotions { get; private set; } = [];

    public async Task OnGetAsync() => await ChargerAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.PromotionId is null || !await db.Promotions.AnyAsync(p => p.Id == Input.PromotionId))
            ModelState.AddModelError("Input.PromotionId", "Choisissez la promotion.");
        if (string.IsNullOrWhiteSpace(Input.Titre) || Input.Titre.Length > Appel.LongueurTitre)
            ModelState.AddModelError("Input.Titre", $"Donnez un titre de {Appel.LongueurTitre} caractères au plus.");
        if (Input.Ouverture is null) ModelState.AddModelError("Input.Ouverture", "Indiquez la date d'ouverture.");
        if (Input.Cloture is null) ModelState.AddModelError("Input.Cloture", "Indiquez la date de clôture.");
        else if (Input.Ouverture is { } o && Input.Cloture < o) ModelState.AddModelError("Input.Cloture", "La clôture doit suivre l'ouverture.");
        if (!ModelState.IsValid)
        {
            await ChargerAsync();
            return Page();
        }
        var appel = new AppelACandidatures { PromotionId = Input.PromotionId!.Value, Titre = Input.Titre!.Trim(), Ouverture = Input.Ouverture, Cloture = Input.Cloture };
        db.AppelsACandidatures.Add(appel);
        audit.Enregistrer("appel-candidatures.cree", "AppelACandidatures", appel.Id.ToString(), appel.Titre);
        await db.SaveChangesAsync();
        TempData["Succes"] = "L'appel est créé en brouillon : ajoutez ses profils et ses sprints avant de le publier.";
        return RedirectToPage("/Admin/AppelsACandidatures/Appel", new { id = appel.Id });
    }

    private async Task ChargerAsync()
    {
        Promotions = (await db.Promotions.OrderByDescending(p => p.Numero).Select(p => new { Texte = $"Promotion {p.Numero} ({p.Annee})", p.Id }).ToListAsync()).Select(x => new SelectListItem(x.Texte, x.Id.ToString())).ToList();
        Lignes = await db.AppelsACandidatures.OrderByDescending(a => a.Ouverture)
            .Select(a => new Ligne(a.Id, a.Titre, a.Etat, a.Ouverture, a.Cloture, db.Candidatures.Count(c => c.AppelId == a.Id))).ToListAsync();
    }
}
