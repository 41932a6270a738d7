using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspaceCandidat;

/// <summary>The calendar file of a slot the candidate booked; any other slot is 404.</summary>
public class CreneauIcsModel(EigDbContext db, IClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var moi = User.UtilisateurId();
        var c = await db.Creneaux.FirstOrDefaultAsync(c => c.Id == id && db.Candidatures.Any(x => x.Id == c.CandidatureId && x.CandidatId == moi));
        if (c is null) return NotFound();
        return File(ReservationsEntretiens.Ics(c, clock.UtcNow), "text/calendar; charset=utf-8", "entretien-eig.ics");
    }
}
