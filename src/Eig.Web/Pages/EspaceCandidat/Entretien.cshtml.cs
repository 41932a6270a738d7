using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Security;
using Eig.Web.TagHelpers.Dsfr;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.EspaceCandidat;

/// <summary>One booked interview of the candidate: its calendar file, and until the series' delay, another free slot
/// of the same interview in its place, or its cancellation. Someone else's booking is 404.</summary>
public class EntretienModel(EigDbContext db, IClock clock, ReservationsEntretiens reservations) : PageModel
{
    [BindProperty, System.ComponentModel.DataAnnotations.Display(Name = "Nouveau créneau")] public Guid? NouveauId { get; set; }

    public Creneau Creneau { get; private set; } = null!;
    public bool Modifiable { get; private set; }
    public List<SelectListItem> Libres { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await ChargerAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostChangerAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        var nouveau = NouveauId is { } n ? await db.Creneaux.FirstOrDefaultAsync(c => c.Id == n) : null;
        if (nouveau is null || !ReservationsEntretiens.MemeEntretien(Creneau, nouveau))
            ModelState.AddModelError(nameof(NouveauId), "Choisissez le nouveau créneau dans la liste.");
        else if (await Refus(() => reservations.ChangerAsync(Creneau, nouveau, Candidature)) is { } refus)
            ModelState.AddModelError(nameof(NouveauId), refus);
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await ChargerAsync(id);
            return Page();
        }
        TempData["Succes"] = $"Votre entretien est maintenant le {Fr.DateHeure(nouveau!.Debut)}. La nouvelle invitation vous est envoyée par courriel.";
        return RedirectToPage("/EspaceCandidat/Creneaux");
    }

    public async Task<IActionResult> OnPostAnnulerAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        if (await Refus(() => reservations.AnnulerAsync(Creneau, Candidature)) is { } refus)
        {
            ModelState.AddModelError("", refus);
            db.ChangeTracker.Clear();
            await ChargerAsync(id);
            return Page();
        }
        TempData["Succes"] = "Votre entretien est annulé. Vous pouvez choisir un autre créneau.";
        return RedirectToPage("/EspaceCandidat/Creneaux");
    }

    private Candidature Candidature { get; set; } = null!;

    private static async Task<string?> Refus(Func<Task> action)
    {
        try { await action(); return null; }
        catch (DomainException ex) { return ex.Message; }
    }

    /// <summary>The booking, if it is one of the person's candidatures' and still to come.</summary>
    private async Task<bool> ChargerAsync(Guid id)
    {
        var moi = User.UtilisateurId();
        var now = clock.UtcNow;
        var creneau = await db.Creneaux.FirstOrDefaultAsync(c => c.Id == id && c.Fin > now);
        var candidature = creneau?.CandidatureId is { } cid ? await db.Candidatures.FirstOrDefaultAsync(c => c.Id == cid && c.CandidatId == moi) : null;
        if (creneau is null || candidature is null) return false;
        (Creneau, Candidature) = (creneau, candidature);
        Modifiable = creneau.EstModifiable(now);
        if (Modifiable)
        {
            var memes = db.Creneaux.Where(c => c.CandidatureId == null && c.Debut > now && c.Type == creneau.Type);
            memes = creneau.Type == TypeEntretien.Premier
                ? memes.Where(c => c.SprintId == creneau.SprintId && c.ProfilId == creneau.ProfilId)
                : memes.Where(c => c.DefiId == creneau.DefiId);
            Libres = (await memes.OrderBy(c => c.Debut).Take(50).ToListAsync())
                .Select(c => (SelectListItem)new DsfrOption(Fr.DateHeure(c.Debut), c.Id.ToString(), c.Modalites)).ToList();
        }
        return true;
    }
}
