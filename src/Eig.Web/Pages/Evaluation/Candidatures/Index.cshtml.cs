using Eig.Web.Infrastructure.Database;
using Eig.Web.Evaluations;
using Eig.Web.Candidatures;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Evaluation.Candidatures;

/// <summary>Evaluators: the candidatures assigned to them, and nothing else.</summary>
public class IndexModel(EigDbContext db) : PageModel
{
    public sealed record Ligne(Guid AffectationId, string Candidat, string? Profil, string Objet, DateTime? DateLimite, bool Soumise);

    public List<Ligne> Lignes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var moi = User.UtilisateurId();
        Lignes = await db.Affectations
            .Where(a => a.EvaluateurId == moi && a.Etat == EtatAffectation.Active
                        && (a.Objet == ObjetsEvalues.Candidature || a.Objet == ObjetsEvalues.Entretien))
            .Join(db.Candidatures, a => a.ObjetId, c => c.Id, (a, c) => new { a, c })
            .OrderBy(x => x.a.DateLimite)
            .Select(x => new Ligne(x.a.Id, x.c.Prenom + " " + x.c.Nom,
                db.ProfilsRecherches.Where(p => p.Id == x.c.ProfilId).Select(p => p.Libelle).FirstOrDefault(),
                x.a.Objet, x.a.DateLimite,
                db.Evaluations.Any(e => e.AffectationId == x.a.Id && e.Etat == EtatEvaluation.Soumise)))
            .ToListAsync();
    }
}
