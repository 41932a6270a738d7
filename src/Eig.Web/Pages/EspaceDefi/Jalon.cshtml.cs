using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.EspaceDefi;

/// <summary>The team adds, edits or removes a milestone of its roadmap: its phase, what it is, when it is due and,
/// once reached, on which day. Only the team writes its roadmap; the sponsor and staff read it on the défi's space.</summary>
public class JalonModel(EigDbContext db, IClock clock, IAuditLog audit, IAuthorizationService autorisations) : PageModel
{
    public Defi Defi { get; private set; } = null!;
    public Promotion Promotion { get; private set; } = null!;
    public Jalon? Existant { get; private set; }
    public List<SelectListItem> Phases { get; private set; } = [];

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Phase { get; set; }
        public string? Titre { get; set; }
        public string? Echeance { get; set; }
        public string? FaitLe { get; set; }
    }

    private async Task<bool> ChargerAsync(Guid id, Guid? jalonId, CancellationToken ct)
    {
        var staff = (await autorisations.AuthorizeAsync(User, WebApp.PolicyStaff)).Succeeded;
        if (await AccesDefi.QualiteAsync(db, id, User.UtilisateurId(), staff, ct) != AccesDefi.Qualite.Equipe) return false;
        if (jalonId is { } j && (Existant = await db.Jalons.FirstOrDefaultAsync(x => x.Id == j && x.DefiId == id, ct)) is null) return false;
        Defi = await db.Defis.AsNoTracking().FirstAsync(d => d.Id == id, ct);
        Promotion = await db.Promotions.AsNoTracking().Include(p => p.Phases).FirstAsync(p => p.Id == Defi.PromotionId, ct);
        Phases = Promotion.PhasesOrdonnees
            .Select(p => new SelectListItem($"{p.Nom} ({Fr.Date(p.Debut)} – {Fr.Date(p.Fin)})", p.Ordre.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? jalonId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, jalonId, ct)) return NotFound();
        var enCours = Promotion.PhaseEnCours(CalendrierPublic.Aujourdhui(clock));
        Input = Existant is { } j
            ? new InputModel { Phase = j.PhaseOrdre.ToString(System.Globalization.CultureInfo.InvariantCulture), Titre = j.Titre, Echeance = j.Echeance?.ToString("yyyy-MM-dd"), FaitLe = j.FaitLe?.ToString("yyyy-MM-dd") }
            : new InputModel { Phase = (enCours?.Ordre ?? Promotion.PhasesOrdonnees.FirstOrDefault()?.Ordre)?.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? jalonId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, jalonId, ct)) return NotFound();
        var f = new Formulaire(ModelState);
        var phase = Phases.FirstOrDefault(p => p.Value == Input.Phase) is { } choisie ? int.Parse(choisie.Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        if (phase is null) ModelState.AddModelError("Input.Phase", "Choisissez la phase du jalon.");
        var titre = f.Texte("Titre", Input.Titre, "l'intitulé du jalon", Jalon.LongueurTitre);
        var echeance = f.Date("Echeance", Input.Echeance, "l'échéance", requis: false);
        var faitLe = f.Date("FaitLe", Input.FaitLe, "la date à laquelle le jalon a été atteint", requis: false);
        var aujourdhui = CalendrierPublic.Aujourdhui(clock);
        if (faitLe > aujourdhui) ModelState.AddModelError("Input.FaitLe", "Un jalon ne peut pas être atteint à une date future : laissez ce champ vide tant qu'il ne l'est pas.");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var jalon = Existant ?? Jalon.Planifier(id, clock.UtcNow);
        jalon.Definir(Promotion, phase!.Value, titre, echeance, faitLe, aujourdhui, clock.UtcNow);
        if (Existant is null) db.Jalons.Add(jalon);
        audit.Enregistrer(Existant is null ? "defi.jalon.ajouter" : "defi.jalon.modifier", "Defi", id.ToString(), jalon.Titre);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = jalon.Fait ? $"Le jalon « {jalon.Titre} » est noté comme atteint." : $"Le jalon « {jalon.Titre} » est dans la feuille de route.";
        return Redirect($"/espace-defi/{id}#feuille-de-route");
    }

    public async Task<IActionResult> OnPostSupprimerAsync(Guid id, Guid? jalonId, CancellationToken ct)
    {
        if (jalonId is null || !await ChargerAsync(id, jalonId, ct)) return NotFound();
        db.Jalons.Remove(Existant!);
        audit.Enregistrer("defi.jalon.supprimer", "Defi", id.ToString(), Existant!.Titre);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"Le jalon « {Existant.Titre} » est retiré de la feuille de route.";
        return Redirect($"/espace-defi/{id}#feuille-de-route");
    }
}
