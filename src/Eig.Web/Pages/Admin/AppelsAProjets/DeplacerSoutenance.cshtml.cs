using System.ComponentModel.DataAnnotations;
using Eig.Web.AppelsAProjets;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Security;
using Eig.Web.TagHelpers.Dsfr;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.AppelsAProjets;

/// <summary>Staff move a booked soutenance to another free slot of the same call, or cancel it, whatever the porteur's
/// delay; the porteur is mailed the new time with the calendar file that replaces the first (as interviews: Candidatures/Deplacer).</summary>
public class DeplacerSoutenanceModel(EigDbContext db, IClock clock, ReservationsSoutenances reservations) : PageModel
{
    [BindProperty, Display(Name = "Nouveau créneau")] public Guid? NouveauId { get; set; }

    public CreneauSoutenance Creneau { get; private set; } = null!;
    public DossierProjet Dossier { get; private set; } = null!;
    public string Appel { get; private set; } = "";
    public List<SelectListItem> Libres { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ChargerAsync(id, ct) ? Page() : NotFound();

    [RefusSurLeChamp(nameof(NouveauId))]
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var nouveau = NouveauId is { } n ? await db.CreneauxSoutenance.FirstOrDefaultAsync(c => c.Id == n && c.AppelId == Creneau.AppelId && c.Id != Creneau.Id, ct) : null;
        if (nouveau is null)
        {
            ModelState.AddModelError(nameof(NouveauId), "Choisissez le nouveau créneau dans la liste.");
            return Page();
        }
        await reservations.DeplacerAsync(Creneau, nouveau, ct);
        TempData["Succes"] = $"La soutenance du dossier {Dossier.Reference} est déplacée au {Fr.Creneau(nouveau.Debut, nouveau.DureeMinutes)} ; la nouvelle invitation est envoyée au porteur.";
        return RedirectToPage("Soutenances", new { id = Creneau.AppelId });
    }

    /// <summary>Staff cancel the soutenance (the porteur asked through the messages, the date no longer suits): the
    /// slot is free again, the dossier is pre-selected again and its porteur, told by mail, books another.</summary>
    public async Task<IActionResult> OnPostAnnulerAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        await reservations.AnnulerParLEquipeAsync(Creneau, User.UtilisateurId(), ct);
        TempData["Succes"] = $"La soutenance du dossier {Dossier.Reference} est annulée : le porteur est prévenu et doit réserver un nouveau créneau.";
        return RedirectToPage("Soutenances", new { id = Creneau.AppelId });
    }

    /// <summary>A booking still to come; a free or past slot has nothing to move.</summary>
    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var creneau = await db.CreneauxSoutenance.FirstOrDefaultAsync(c => c.Id == id && c.DossierId != null && c.Debut > now, ct);
        var dossier = creneau is null ? null : await db.DossiersProjets.AsNoTracking().FirstOrDefaultAsync(d => d.Id == creneau.DossierId, ct);
        if (creneau is null || dossier is null) return false;
        (Creneau, Dossier) = (creneau, dossier);
        Appel = await db.AppelsAProjets.Where(a => a.Id == creneau.AppelId).Select(a => a.Titre).FirstAsync(ct);
        Libres = (await reservations.Libres(creneau.AppelId).Take(100).ToListAsync(ct))
            .Select(c => (SelectListItem)new DsfrOption($"Le {Fr.Creneau(c.Debut, c.DureeMinutes)}", c.Id.ToString(), c.Lieu)).ToList();
        return true;
    }
}
