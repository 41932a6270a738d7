using System.ComponentModel.DataAnnotations;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Database;
using Eig.Web.TagHelpers.Dsfr;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Candidatures;

/// <summary>Staff move a booked interview to another free slot of the same interview, whatever the person's delay;
/// the person is mailed the new time with its calendar file.</summary>
public class DeplacerModel(EigDbContext db, IClock clock, ReservationsEntretiens reservations) : PageModel
{
    [BindProperty, Display(Name = "Nouveau créneau")] public Guid? NouveauId { get; set; }

    public Creneau Creneau { get; private set; } = null!;
    public string Candidat { get; private set; } = "";
    public Guid CandidatureId { get; private set; }
    public List<SelectListItem> Libres { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await ChargerAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        var nouveau = NouveauId is { } n ? await db.Creneaux.FirstOrDefaultAsync(c => c.Id == n) : null;
        if (nouveau is null || !ReservationsEntretiens.MemeEntretien(Creneau, nouveau))
            ModelState.AddModelError(nameof(NouveauId), "Choisissez le nouveau créneau dans la liste.");
        else
        {
            try { await reservations.DeplacerAsync(Creneau, nouveau); }
            catch (DomainException ex) { ModelState.AddModelError(nameof(NouveauId), ex.Message); }
        }
        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await ChargerAsync(id);
            return Page();
        }
        TempData["Succes"] = $"L'entretien de {Candidat} est déplacé au {Fr.DateHeure(nouveau!.Debut)} ; la nouvelle invitation lui est envoyée.";
        return Redirect(Eig.Web.Pages.Admin.Creneaux.SemaineModel.Lien(DateOnly.FromDateTime(Fr.EnHeureDeParis(nouveau.Debut))));
    }

    private async Task<bool> ChargerAsync(Guid id)
    {
        var now = clock.UtcNow;
        var creneau = await db.Creneaux.FirstOrDefaultAsync(c => c.Id == id && c.CandidatureId != null && c.Debut > now);
        var candidature = creneau is null ? null : await db.Candidatures.AsNoTracking().FirstOrDefaultAsync(c => c.Id == creneau.CandidatureId);
        if (creneau is null || candidature is null) return false;
        (Creneau, Candidat, CandidatureId) = (creneau, $"{candidature.Prenom} {candidature.Nom}", candidature.Id);
        var memes = db.Creneaux.Where(c => c.CandidatureId == null && c.Debut > now && c.Type == creneau.Type);
        memes = creneau.Type == TypeEntretien.Premier
            ? memes.Where(c => c.SprintId == creneau.SprintId && c.ProfilId == creneau.ProfilId)
            : memes.Where(c => c.DefiId == creneau.DefiId);
        Libres = (await memes.OrderBy(c => c.Debut).Take(100).ToListAsync())
            .Select(c => (SelectListItem)new DsfrOption(Fr.DateHeure(c.Debut), c.Id.ToString(), c.Modalites)).ToList();
        return true;
    }
}
