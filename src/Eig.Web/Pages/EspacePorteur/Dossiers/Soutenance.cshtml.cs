using System.ComponentModel.DataAnnotations;
using Eig.Web.AppelsAProjets;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Security;
using Eig.Web.TagHelpers.Dsfr;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.EspacePorteur.Dossiers;

/// <summary>Porteur of a pre-selected dossier: choose a soutenance slot among the free ones; then, until the series'
/// delay, take another free slot in its place or cancel it. The invitation (.ics) comes by mail and can be downloaded
/// here. Refusals (a slot just taken, the delay passed) come back next to the form through the page filter.</summary>
public class SoutenanceModel(EigDbContext db, DossierAcces acces, IClock clock, ReservationsSoutenances reservations) : PageModel
{
    public DossierProjet Dossier { get; private set; } = null!;
    public CreneauSoutenance? Reserve { get; private set; }
    public bool Modifiable { get; private set; }
    public List<SelectListItem> Libres { get; private set; } = [];

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Display(Name = "Créneau")] public string? CreneauId { get; set; }
    }

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var d = await acces.TrouverPourPorteurAsync(id, User.UtilisateurId(), ct);
        if (d is null) return false;
        Dossier = d;
        Reserve = await db.CreneauxSoutenance.FirstOrDefaultAsync(c => c.DossierId == id, ct);
        Modifiable = Reserve?.EstModifiable(clock.UtcNow) ?? true;
        Libres = Modifiable
            ? (await reservations.Libres(d.AppelId).Take(100).ToListAsync(ct))
                .Select(c => (SelectListItem)new DsfrOption($"Le {Fr.Creneau(c.Debut, c.DureeMinutes)}", c.Id.ToString(), c.Lieu)).ToList()
            : [];
        return true;
    }

    /// <summary>The slot chosen in the list, of this call; null with the message next to the list.</summary>
    private async Task<CreneauSoutenance?> ChoisiAsync(CancellationToken ct)
    {
        var choisi = Guid.TryParse(Input.CreneauId, out var cid)
            ? await db.CreneauxSoutenance.FirstOrDefaultAsync(c => c.Id == cid && c.AppelId == Dossier.AppelId && c.Id != (Reserve == null ? Guid.Empty : Reserve.Id), ct)
            : null;
        if (choisi is null) ModelState.AddModelError("Input.CreneauId", "Choisissez un créneau dans la liste.");
        return choisi;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ChargerAsync(id, ct) ? Page() : NotFound();

    [RefusSurLeChamp("Input.CreneauId")]
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        if (await ChoisiAsync(ct) is not { } creneau) return Page();
        await reservations.ReserverAsync(creneau, Dossier, User.UtilisateurId(), parLePorteur: true, ct);
        TempData["Succes"] = "Votre créneau est réservé. L'invitation vous est envoyée par courriel.";
        return RedirectToPage("Details", new { id });
    }

    [RefusSurLeChamp("Input.CreneauId")]
    public async Task<IActionResult> OnPostChangerAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        if (Reserve is null) return RedirectToPage(new { id });
        if (await ChoisiAsync(ct) is not { } nouveau) return Page();
        await reservations.ChangerAsync(Reserve, nouveau, Dossier, ct);
        TempData["Succes"] = $"Votre soutenance est maintenant le {Fr.Creneau(nouveau.Debut, nouveau.DureeMinutes)}. La nouvelle invitation vous est envoyée par courriel.";
        return RedirectToPage("Details", new { id });
    }

    public async Task<IActionResult> OnPostAnnulerAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        if (Reserve is null) return RedirectToPage(new { id });
        await reservations.AnnulerAsync(Reserve, Dossier, User.UtilisateurId(), ct);
        TempData["Succes"] = "Votre soutenance est annulée : votre dossier attend de nouveau un créneau. Choisissez-en un autre tant qu'il en reste.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetIcsAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct) || Reserve is null) return NotFound();
        return File(AapMails.Ics(Dossier, Reserve, clock.UtcNow), "text/calendar", "soutenance.ics");
    }
}
