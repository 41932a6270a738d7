using Eig.Web.Infrastructure.Database;
using Eig.Web.Evaluations;
using Eig.Web.Candidatures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;
using Eig.Web.Infrastructure.Fichiers;

namespace Eig.Web.Pages.Evaluation.Candidatures;

/// <summary>The CV of a candidature assigned to this evaluator (active assignment only); anything else is 404.</summary>
public class CvModel(EigDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var moi = User.UtilisateurId();
        var cv = await db.Affectations
            .Where(a => a.Id == id && a.EvaluateurId == moi && a.Etat == EtatAffectation.Active
                        && (a.Objet == ObjetsEvalues.Candidature || a.Objet == ObjetsEvalues.Entretien))
            .Join(db.CvCandidatures, a => a.ObjetId, cv => cv.CandidatureId, (a, cv) => cv)
            .FirstOrDefaultAsync();
        return cv is null ? NotFound() : File(cv.Contenu, "application/pdf", Televersement.NomDeTelechargement("cv", cv.CandidatureId));
    }
}
