using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspaceCandidat;

/// <summary>The candidate withdraws a candidature still in the running; an interview still to come is cancelled as if
/// they cancelled it (team told, calendar file). Someone else's candidature answers 404.</summary>
public class RetirerModel(EigDbContext db, IClock clock, IOutbox outbox, CandidaturesMails mails, IAuditLog audit, ReservationsEntretiens entretiens) : PageModel
{
    public Candidature Candidature { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var c = await db.Candidatures.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.CandidatId == User.UtilisateurId());
        if (c is null) return NotFound();
        Candidature = c;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var c = await db.Candidatures.FirstOrDefaultAsync(c => c.Id == id && c.CandidatId == User.UtilisateurId());
        if (c is null) return NotFound();
        var now = clock.UtcNow;
        try
        {
            // Before the withdrawal lets go of the slots: told while they are still the candidature's. Nothing is saved
            // if the withdrawal is refused.
            await entretiens.AnnulerAVenirAsync(c, "par le retrait de la candidature");
            await RetraitAsync(db, c, now);
        }
        catch (DomainException ex)
        {
            TempData["Erreur"] = ex.Message;
            return RedirectToPage("/EspaceCandidat/Index");
        }
        outbox.Ajouter(c.Email, mails.Retrait(c));
        audit.Enregistrer("candidature.retiree", "Candidature", c.Id.ToString());
        await db.SaveChangesAsync();
        TempData["Succes"] = "Votre candidature est retirée.";
        return RedirectToPage("/EspaceCandidat/Index");
    }

    /// <summary>Withdraws and lets go of what the candidature held: pending offer declined, proposals cancelled,
    /// future slots freed for others (cancelled with their mails first: <see cref="ReservationsEntretiens.AnnulerAVenirAsync"/>).</summary>
    internal static async Task RetraitAsync(EigDbContext db, Candidature c, DateTime now)
    {
        c.Retirer(now);
        foreach (var o in await db.Offres.Where(o => o.CandidatureId == c.Id && o.Etat == EtatOffre.Envoyee).ToListAsync())
            o.Decliner(now);
        foreach (var p in await db.Propositions.Where(p => p.CandidatureId == c.Id && p.Etat == EtatProposition.Proposee).ToListAsync())
            p.Annuler(now);
        foreach (var cr in await db.Creneaux.Where(x => x.CandidatureId == c.Id && x.Debut > now).ToListAsync())
            cr.Liberer();
    }
}
