using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Fichiers;

namespace Eig.Web.Pages.Admin.Candidatures;

/// <summary>Staff download a candidate's CV.</summary>
public class CvModel(EigDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var cv = await db.CvCandidatures.FirstOrDefaultAsync(x => x.CandidatureId == id);
        return cv is null ? NotFound() : File(cv.Contenu, "application/pdf", Televersement.NomDeTelechargement("cv", cv.CandidatureId));
    }
}
