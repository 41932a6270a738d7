using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.AppelsAProjets;

/// <summary>Staff: the calls for projects, and a new one as a draft (with seed 001's nine criteria to start from).</summary>
public class IndexModel(EigDbContext db, IAuditLog audit) : PageModel
{
    public sealed record Ligne(Guid Id, string Titre, EtatAppel Etat, ModeAppel Mode, DateOnly? Ouverture, DateOnly? Cloture, int Dossiers);

    public List<Ligne> Appels { get; private set; } = [];
    public List<SelectListItem> Promotions { get; private set; } = [];

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Titre { get; set; }
        public Guid? PromotionId { get; set; }
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        Appels = await db.AppelsAProjets.OrderByDescending(a => a.Id)
            .Select(a => new Ligne(a.Id, a.Titre, a.Etat, a.Mode, a.Ouverture, a.Cloture, db.DossiersProjets.Count(d => d.AppelId == a.Id)))
            .ToListAsync(ct);
        Promotions = await db.Promotions.OrderByDescending(p => p.Numero)
            .Select(p => new { p.Id, p.Numero, p.Annee }).AsAsyncEnumerable()
            // Guid.ToString() in SQL would give SQLite's upper-case text; options are compared with Guid.ToString().
            .Select(p => new SelectListItem($"Promotion {p.Numero} ({p.Annee})", p.Id.ToString())).ToListAsync(ct);
    }

    public async Task OnGetAsync(CancellationToken ct) => await ChargerAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var titre = Input.Titre?.Trim() ?? "";
        if (titre.Length == 0) ModelState.AddModelError("Input.Titre", "Renseignez le titre de l'appel.");
        else if (titre.Length > Appel.LongueurTitre) ModelState.AddModelError("Input.Titre", $"Le titre ne doit pas dépasser {Appel.LongueurTitre} caractères.");
        if (Input.PromotionId is not { } promo || !await db.Promotions.AnyAsync(p => p.Id == promo, ct))
            ModelState.AddModelError("Input.PromotionId", "Choisissez la promotion de l'appel.");
        if (!ModelState.IsValid)
        {
            await ChargerAsync(ct);
            return Page();
        }
        var grille = GrilleDeSelection.ParDefaut();
        var appel = new AppelAProjets
        {
            Titre = titre, PromotionId = Input.PromotionId!.Value, Mode = ModeAppel.Continu, GrilleId = grille.Id,
            ProfilsProposes = "Directeur ou directrice de produit\nDirecteur ou directrice technique",
        };
        db.Grilles.Add(grille);
        db.AppelsAProjets.Add(appel);
        audit.Enregistrer("appel-a-projets.creer", "AppelAProjets", appel.Id.ToString(), titre);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "L'appel est créé en brouillon. Complétez-le avant de le publier.";
        return RedirectToPage("Modifier", new { id = appel.Id });
    }
}
