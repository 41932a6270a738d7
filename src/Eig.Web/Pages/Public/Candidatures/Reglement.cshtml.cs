using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Fichiers;

namespace Eig.Web.Pages.Public.Candidatures;

/// <summary>The règlement of a published call, for anyone. Drafts are not public: 404.</summary>
public class ReglementModel(EigDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var r = await db.ReglementsAppels
            .Where(r => r.AppelId == id && db.AppelsACandidatures.Any(a => a.Id == id && a.Etat != EtatAppel.Brouillon))
            .FirstOrDefaultAsync();
        return r is null ? NotFound() : File(r.Contenu, "application/pdf", Televersement.NomDeTelechargement("reglement", r.AppelId));
    }
}
