using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Evaluation;

/// <summary>The evaluator's home: every assignment of both calls (dossiers of the call for projects, candidatures and
/// first interviews of the call for candidates) that is active, with its deadline — overdue first, then the nearest.</summary>
public class IndexModel(EigDbContext db, IClock clock) : PageModel
{
    public sealed record Ligne(string Lien, string Appel, string Etape, string Objet, string? Detail, DateTime? DateLimite, EtatEvaluation? Etat)
    {
        public bool Rendue => Etat == EtatEvaluation.Soumise;
    }

    public List<Ligne> Affectations { get; private set; } = [];
    public DateTime Maintenant { get; private set; }

    public IEnumerable<Ligne> AFaire => Affectations.Where(a => !a.Rendue);
    public bool EnRetard(Ligne l) => !l.Rendue && l.DateLimite is { } d && d < Maintenant;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Maintenant = clock.UtcNow;
        var moi = User.UtilisateurId();
        var actives = db.Affectations.Where(a => a.EvaluateurId == moi && a.Etat == EtatAffectation.Active);
        var dossiers = await (from a in actives
                              where a.Objet == ObjetsEvalues.DossierProjet
                              join d in db.DossiersProjets on a.ObjetId equals d.Id
                              select new { a.Id, d.Numero, d.Titre, d.Administration, a.DateLimite,
                                  Etat = db.Evaluations.Where(e => e.AffectationId == a.Id).Select(e => (EtatEvaluation?)e.Etat).FirstOrDefault() })
            .ToListAsync(ct);
        var candidatures = await (from a in actives
                                  where a.Objet == ObjetsEvalues.Candidature || a.Objet == ObjetsEvalues.Entretien
                                  join c in db.Candidatures on a.ObjetId equals c.Id
                                  select new { a.Id, a.Objet, Nom = c.Prenom + " " + c.Nom, a.DateLimite,
                                      Profil = db.ProfilsRecherches.Where(p => p.Id == c.ProfilId).Select(p => p.Libelle).FirstOrDefault(),
                                      Etat = db.Evaluations.Where(e => e.AffectationId == a.Id).Select(e => (EtatEvaluation?)e.Etat).FirstOrDefault() })
            .ToListAsync(ct);
        Affectations =
        [
            .. dossiers.Select(l => new Ligne($"/evaluation/dossiers/{l.Id}", "Appel à projets", "Dossier",
                $"AAP-{l.Numero:0000} — {(string.IsNullOrWhiteSpace(l.Titre) ? "Sans titre" : l.Titre)}", l.Administration, l.DateLimite, l.Etat)),
            .. candidatures.Select(l => new Ligne($"/evaluation/candidatures/{l.Id}", "Appel à candidatures",
                l.Objet == ObjetsEvalues.Entretien ? "Premier entretien" : "Examen du dossier", l.Nom, l.Profil, l.DateLimite, l.Etat)),
        ];
        // Still to do before done; among those, overdue first, then by deadline (none last).
        Affectations = Affectations.OrderBy(l => l.Rendue).ThenByDescending(EnRetard).ThenBy(l => l.DateLimite ?? DateTime.MaxValue).ToList();
    }
}
