using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Pages.Admin.AppelsAProjets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspacePorteur.Dossiers;

/// <summary>Porteur of a pre-selected dossier: choose a soutenance slot among the free ones; the invitation (.ics)
/// comes by mail and can be downloaded here.</summary>
public class SoutenanceModel(EigDbContext db, DossierAcces acces, IClock clock, IAuditLog audit, AapMails mails,
    Eig.Web.Infrastructure.Mail.AdressesEquipe equipe) : PageModel
{
    public DossierProjet Dossier { get; private set; } = null!;
    public CreneauSoutenance? Reserve { get; private set; }
    public List<SelectListItem> Libres { get; private set; } = [];

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? CreneauId { get; set; }
    }

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var d = await acces.TrouverPourPorteurAsync(id, User.UtilisateurId(), ct);
        if (d is null) return false;
        Dossier = d;
        Reserve = await db.CreneauxSoutenance.FirstOrDefaultAsync(c => c.DossierId == id, ct);
        var maintenant = clock.UtcNow;
        Libres = (await db.CreneauxSoutenance.Where(c => c.AppelId == d.AppelId && c.DossierId == null && c.Debut > maintenant)
                .OrderBy(c => c.Debut).ToListAsync(ct))
            .Select(c => new SelectListItem($"Le {Fr.Creneau(c.Debut, c.DureeMinutes)} — {c.Lieu}", c.Id.ToString())).ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ChargerAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        if (Reserve is not null)
        {
            TempData["Erreur"] = "Un créneau est déjà réservé pour ce dossier. Écrivez à l'équipe pour le changer.";
            return RedirectToPage(new { id });
        }
        CreneauSoutenance? creneau = null;
        if (!Guid.TryParse(Input.CreneauId, out var cid)
            || (creneau = await db.CreneauxSoutenance.FirstOrDefaultAsync(c => c.Id == cid && c.AppelId == Dossier.AppelId, ct)) is null)
            ModelState.AddModelError("Input.CreneauId", "Choisissez un créneau dans la liste.");
        if (!ModelState.IsValid) return Page();
        var message = await Reservation.ReserverAsync(db, creneau!, Dossier, User.UtilisateurId(), clock, audit, mails, acces, ct, await equipe.ToutesAsync(ct));
        if (message is not null)
        {
            TempData["Erreur"] = message;
            return RedirectToPage(new { id });
        }
        TempData["Succes"] = "Votre créneau est réservé. L'invitation vous est envoyée par courriel.";
        return RedirectToPage("Details", new { id });
    }

    public async Task<IActionResult> OnGetIcsAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct) || Reserve is null) return NotFound();
        return File(AapMails.Ics(Dossier, Reserve), "text/calendar", "soutenance.ics");
    }
}
