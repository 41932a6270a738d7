using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.Evaluation.Candidatures;

/// <summary>An evaluator's review of one assigned candidature (dossier review or first interview) beside the
/// candidature, through the evaluation form (<see cref="EvaluationPageModel"/>) on the profile's grid. Someone
/// else's assignment answers 404.</summary>
public class EvaluerModel(EigDbContext db, FormulaireEvaluation formulaire, Eig.Web.Infrastructure.Mail.IOutbox outbox,
    CandidaturesMails mails, Eig.Web.Infrastructure.Mail.AdressesEquipe equipe) : EvaluationPageModel(formulaire)
{
    public Candidature Candidature { get; private set; } = default!;
    public string? Profil { get; private set; }

    protected override string PageDesEvaluations => "/Evaluation/Candidatures/Index";

    protected override IActionResult ApresSoumission(Guid id) => RedirectToPage(PageDesEvaluations);

    protected override async Task SignalerSoumissionAsync(Eig.Web.Evaluations.Evaluation avis, CancellationToken ct)
    {
        var nom = await db.Users.Where(u => u.Id == Affectation.EvaluateurId).Select(u => u.NomComplet).FirstAsync(ct);
        var message = mails.Equipe(Candidature, "évaluation soumise",
            $"{nom} a soumis son évaluation ({(Affectation.Objet == ObjetsEvalues.Entretien ? "premier entretien" : "examen du dossier")}), recommandation : {AvisEvaluations.LibelleRecommandation(avis.Recommandation)}.");
        foreach (var a in await equipe.DeAsync(Affectation.AffecteParId, ct)) outbox.Ajouter(a, message);
    }

    protected override async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var moi = User.UtilisateurId();
        var a = await db.Affectations.FirstOrDefaultAsync(a => a.Id == id && a.EvaluateurId == moi
            && (a.Objet == ObjetsEvalues.Candidature || a.Objet == ObjetsEvalues.Entretien), ct);
        if (a is null || !a.EstActive) return false;
        var c = await db.Candidatures.AsNoTracking().FirstOrDefaultAsync(c => c.Id == a.ObjetId, ct);
        if (c is null) return false;
        Affectation = a;
        Candidature = c;
        Profil = await db.ProfilsRecherches.Where(p => p.Id == c.ProfilId).Select(p => p.Libelle).FirstOrDefaultAsync(ct);
        Grille = await db.Grilles.Include(g => g.Criteres).FirstAsync(g => g.Id == a.GrilleId, ct);
        MonAvis = await db.Evaluations.Include(e => e.Notes).FirstOrDefaultAsync(e => e.AffectationId == a.Id, ct);
        return true;
    }
}
