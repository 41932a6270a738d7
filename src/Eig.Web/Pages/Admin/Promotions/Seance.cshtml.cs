using Eig.Web.Evenements;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Promotions;

/// <summary>Staff: one session of a promotion's programme, who is invited, who registered, and once it has started
/// who came.</summary>
public class SeanceModel(EigDbContext db, IClock clock, ProgrammeAccompagnement programme) : PageModel
{
    public Evenement Seance { get; private set; } = null!;
    public Promotion Promotion { get; private set; } = null!;
    public IReadOnlyList<InscriptionEvenement> Inscriptions { get; private set; } = [];
    public IReadOnlyList<ProgrammeAccompagnement.Invite> NonInscrits { get; private set; } = [];
    public bool Commencee { get; private set; }
    public List<SelectListItem> Choix { get; private set; } = [];
    [BindProperty] public List<string> Presents { get; set; } = [];

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        if (await db.Evenements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.PromotionId != null, ct) is not { } e) return false;
        Seance = e;
        Promotion = await db.Promotions.AsNoTracking().FirstAsync(p => p.Id == e.PromotionId, ct);
        Inscriptions = await db.InscriptionsEvenements.AsNoTracking().Where(i => i.EvenementId == id).OrderBy(i => i.Nom).ToListAsync(ct);
        var inscrits = Inscriptions.Select(i => i.UtilisateurId).OfType<Guid>().ToHashSet();
        NonInscrits = (await programme.InvitesAsync(e.PromotionId!.Value, ct)).Where(i => !inscrits.Contains(i.UtilisateurId)).ToList();
        Commencee = clock.UtcNow >= e.Debut;
        Choix = Inscriptions.Select(i => new SelectListItem(i.Nom, i.Id.ToString(), i.Present == true)).ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ChargerAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var presents = Presents.Select(p => Guid.TryParse(p, out var g) ? g : Guid.Empty).Where(g => Inscriptions.Any(i => i.Id == g)).ToHashSet();
        await programme.MarquerPresencesAsync(Seance, presents, clock.UtcNow, ct);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"Présences enregistrées : {Fr.Nombre(presents.Count, "présent·e", "présent·es")} sur {Fr.Entier(Inscriptions.Count)}.";
        return RedirectToPage(new { id });
    }
}
