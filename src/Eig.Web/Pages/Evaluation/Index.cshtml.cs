using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Evaluation;

/// <summary>Evaluator: the dossiers assigned to me (active, no conflict declared), with their deadline.</summary>
public class IndexModel(EigDbContext db) : PageModel
{
    public sealed record Ligne(Guid AffectationId, string Reference, string Titre, string Administration, DateTime? DateLimite, EtatEvaluation? Etat);

    public List<Ligne> Affectations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var moi = User.UtilisateurId();
        var lignes = await (from a in db.Affectations
                            where a.EvaluateurId == moi && a.Etat == EtatAffectation.Active && a.Objet == ObjetsEvalues.DossierProjet
                            join d in db.DossiersProjets on a.ObjetId equals d.Id
                            orderby a.DateLimite
                            select new { a.Id, d.Numero, d.Titre, d.Administration, a.DateLimite,
                                Etat = db.Evaluations.Where(e => e.AffectationId == a.Id).Select(e => (EtatEvaluation?)e.Etat).FirstOrDefault() })
            .ToListAsync(ct);
        Affectations = lignes.Select(l => new Ligne(l.Id, $"AAP-{l.Numero:0000}", l.Titre, l.Administration, l.DateLimite, l.Etat)).ToList();
    }
}
