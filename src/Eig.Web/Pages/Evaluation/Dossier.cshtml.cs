using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.Evaluation;

/// <summary>Evaluator: one assigned dossier beside the evaluation form (<see cref="EvaluationPageModel"/>), and —
/// only once my own review is submitted — the others' reviews.</summary>
public class DossierModel(EigDbContext db, PiecesDossier pieces, FormulaireEvaluation formulaire, AapMails mails,
    Eig.Web.Infrastructure.Mail.AdressesEquipe equipe) : EvaluationPageModel(formulaire)
{
    public List<PiecesDossier.Piece> Pieces { get; private set; } = [];
    public DossierProjet Dossier { get; private set; } = null!;
    public bool VoitLesAutres { get; private set; }
    public List<AvisEvaluations.Avis> Autres { get; private set; } = [];
    public ResultatEvaluations? Resultat { get; private set; }

    protected override string PageDesEvaluations => "/Evaluation/Index";

    /// <summary>Only my own active assignment opens the page: anything else (someone else's, a conflict I declared,
    /// a withdrawn one) is a 404.</summary>
    protected override async Task<bool> ChargerAsync(Guid affectationId, CancellationToken ct)
    {
        var moi = User.UtilisateurId();
        var aff = await db.Affectations.FirstOrDefaultAsync(a => a.Id == affectationId && a.EvaluateurId == moi
            && a.Objet == ObjetsEvalues.DossierProjet && a.Etat == EtatAffectation.Active, ct);
        if (aff is null) return false;
        Affectation = aff;
        Dossier = await db.DossiersProjets.FirstAsync(d => d.Id == aff.ObjetId, ct);
        Grille = await db.Grilles.Include(g => g.Criteres).FirstAsync(g => g.Id == aff.GrilleId, ct);
        MonAvis = await db.Evaluations.Include(e => e.Notes).FirstOrDefaultAsync(e => e.AffectationId == aff.Id, ct);
        return true;
    }

    protected override async Task PreparerAsync(CancellationToken ct)
    {
        Pieces = await pieces.ListeAsync(Dossier.Id, ct);
        VoitLesAutres = AntiAncrage.PeutVoirLesAutresEvaluations(Affectation, MonAvis, lecteurEstStaffOuJury: false);
        if (VoitLesAutres)
        {
            var tous = await AvisEvaluations.DeLObjetAsync(db, ObjetsEvalues.DossierProjet, Affectation.ObjetId, ct);
            Autres = tous.Where(a => a.AffectationId != Affectation.Id && a.Etat == EtatEvaluation.Soumise && a.EtatAffectation == EtatAffectation.Active).ToList();
            Resultat = AvisEvaluations.Resultat(Grille, tous);
        }
    }

    protected override async Task SignalerSoumissionAsync(Eig.Web.Evaluations.Evaluation avis, CancellationToken ct) =>
        mails.Equipe(await equipe.DeAsync(Affectation.AffecteParId, ct), Dossier, "évaluation soumise",
            $"{await db.Users.Where(u => u.Id == Affectation.EvaluateurId).Select(u => u.NomComplet).FirstAsync(ct)} a soumis son évaluation, recommandation : {AvisEvaluations.LibelleRecommandation(avis.Recommandation)}.");

    /// <summary>An attachment of the assigned dossier (only through my own active assignment), audited.</summary>
    public async Task<IActionResult> OnGetPieceAsync(Guid id, Guid fichierId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var f = await pieces.OuvrirAsync(Dossier.Id, fichierId, "évaluation", ct);
        return f is null ? NotFound() : Eig.Web.Infrastructure.Pdf.PdfEnLigne.Ouvrir(Response, f.Contenu, f.NomFichier);
    }
}
