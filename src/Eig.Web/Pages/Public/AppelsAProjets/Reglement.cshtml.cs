using Eig.Web.Appels;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Pdf;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.AppelsAProjets;

/// <summary>The règlement uploaded to a published call for projects, for anyone, opened in the browser. Drafts: 404.</summary>
public class ReglementModel(EigDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var fichier = await (from a in db.AppelsAProjets
                             where a.Id == id && a.Etat != EtatAppel.Brouillon && a.ReglementFichierId != null
                             join f in db.FichiersAap on a.ReglementFichierId equals f.Id
                             select new { f.Contenu, f.NomFichier }).FirstOrDefaultAsync(ct);
        return fichier is null ? NotFound() : PdfEnLigne.Ouvrir(Response, fichier.Contenu, fichier.NomFichier);
    }
}
