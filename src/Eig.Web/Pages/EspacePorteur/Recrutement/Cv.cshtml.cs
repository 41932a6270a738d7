using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;
using Eig.Web.Infrastructure.Fichiers;

namespace Eig.Web.Pages.EspacePorteur.Recrutement;

/// <summary>The CV of a person proposed for one of this administration's posts; anything else is 404.</summary>
public class CvModel(EigDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var cv = await CandidatModel.DeMesPostes(db, User.UtilisateurId()).Where(p => p.Id == id)
            .Join(db.CvCandidatures, p => p.CandidatureId, cv => cv.CandidatureId, (p, cv) => cv).FirstOrDefaultAsync();
        return cv is null ? NotFound() : File(cv.Contenu, "application/pdf", Televersement.NomDeTelechargement("cv", cv.CandidatureId));
    }
}
