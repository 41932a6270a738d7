using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;
using Eig.Web.Infrastructure.Fichiers;

namespace Eig.Web.Pages.EspaceCandidat;

/// <summary>The candidate downloads the CV of their latest candidature (their own only: nothing else is reachable).</summary>
public class CvModel(EigDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var moi = User.UtilisateurId();
        var cv = await db.CvCandidatures
            .Where(x => db.Candidatures.Any(c => c.Id == x.CandidatureId && c.CandidatId == moi))
            .OrderByDescending(x => x.DeposeLe).FirstOrDefaultAsync();
        if (cv is null) return NotFound();
        return File(cv.Contenu, "application/pdf", Televersement.NomDeTelechargement("cv", cv.CandidatureId));
    }
}
