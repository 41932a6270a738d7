using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.Admin.Dossiers;

/// <summary>Staff: one dossier under instruction — its content, its status moves (each with a reason where it matters),
/// its evaluators (with the least-loaded suggested) and their reviews.</summary>
public class DetailsModel(EigDbContext db, IClock clock, IAuditLog audit, AapMails mails, PiecesDossier pieces) : PageModel
{
    public List<PiecesDossier.Piece> Pieces { get; private set; } = [];

    public DossierProjet Dossier { get; private set; } = null!;
    public AppelAProjets Appel { get; private set; } = null!;
    public Grille Grille { get; private set; } = null!;
    public List<ChangementEtatDossier> Historique { get; private set; } = [];
    public List<AvisEvaluations.Avis> Avis { get; private set; } = [];
    public ResultatEvaluations Resultat { get; private set; } = null!;
    public IReadOnlyList<ChargeEvaluateur> Suggestions { get; private set; } = [];
    public List<SelectListItem> Evaluateurs { get; private set; } = [];
    public bool PeutVoirLesNotes { get; private set; }
    public List<SelectListItem> Mouvements { get; private set; } = [];

    /// <summary>Pre-selects the least-loaded evaluator in the assignment list.</summary>
    public string? EvaluateurId { get; private set; }

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Action { get; set; }
        public string? Motif { get; set; }
        public Guid Version { get; set; }
    }

    /// <summary>The moves staff make from this page; the jury's decisions are made in its session.</summary>
    private static readonly (string Cle, string Libelle, EtatDossier Vers, bool MotifRequis)[] Actions =
    [
        ("instruire", "Commencer l'instruction", EtatDossier.EnInstruction, false),
        ("corrections", "Demander des corrections au porteur", EtatDossier.CorrectionsDemandees, true),
        ("preselectionner", "Pré-sélectionner pour une soutenance", EtatDossier.PreSelectionne, true),
        ("non-retenu", "Ne pas retenir", EtatDossier.NonRetenu, true),
        ("sans-suite", "Classer sans suite", EtatDossier.SansSuite, true),
        ("rouvrir", "Rouvrir le dossier décidé", EtatDossier.EnInstruction, true),
    ];

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var d = await db.DossiersProjets.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null || d.Etat == EtatDossier.Brouillon) return false;   // drafts belong to their porteur only
        Dossier = d;
        Appel = await db.AppelsAProjets.FirstAsync(a => a.Id == d.AppelId, ct);
        Grille = await GrilleDeSelection.DeLAppelAsync(db, Appel, ct);
        Historique = await db.ChangementsEtatDossiers.Where(h => h.DossierId == id).OrderBy(h => h.Le).ToListAsync(ct);
        Avis = await AvisEvaluations.DeLObjetAsync(db, ObjetsEvalues.DossierProjet, id, ct);
        Resultat = AvisEvaluations.Resultat(Grille, Avis);
        var moi = User.UtilisateurId();
        var mienne = Avis.FirstOrDefault(a => a.EvaluateurId == moi);
        var aff = mienne is null ? null : await db.Affectations.FirstAsync(a => a.Id == mienne.AffectationId, ct);
        var eval = mienne?.EvaluationId is { } eid ? await db.Evaluations.FirstAsync(e => e.Id == eid, ct) : null;
        PeutVoirLesNotes = AntiAncrage.PeutVoirLesAutresEvaluations(aff, eval, lecteurEstStaffOuJury: true);
        var charges = await AvisEvaluations.ChargesAsync(db, ct);
        var exclus = Avis.Select(a => a.EvaluateurId).ToHashSet();
        Suggestions = SuggestionAffectation.MoinsCharges(charges, exclus,
            SuggestionAffectation.Manquants(Avis.Count(a => a.EtatAffectation == EtatAffectation.Active), Appel.EvaluateursMinimum));
        Evaluateurs = charges.Where(c => !exclus.Contains(c.EvaluateurId)).OrderBy(c => c.Charge).ThenBy(c => c.Nom)
            .Select(c => new SelectListItem($"{c.Nom} — {Fr.Nombre(c.Charge, "évaluation", "évaluations")} en cours", c.EvaluateurId.ToString())).ToList();
        EvaluateurId = Suggestions.FirstOrDefault()?.EvaluateurId.ToString();
        Mouvements = Actions.Where(a => Permis(a.Cle, a.Vers)).Select(a => new SelectListItem(a.Libelle, a.Cle)).ToList();
        return true;
    }

    private bool Permis(string cle, EtatDossier vers) => cle switch
    {
        "rouvrir" => EtatsDossier.EstDecide(Dossier.Etat),
        "instruire" => Dossier.Etat == EtatDossier.Depose,
        _ => EtatsDossier.Transitions[Dossier.Etat].Contains(vers) && !EtatsDossier.EstDecide(Dossier.Etat),
    };

    /// <summary>An attachment of the dossier, opened in the browser; each opening is audited.</summary>
    public async Task<IActionResult> OnGetPieceAsync(Guid id, Guid fichierId, CancellationToken ct)
    {
        var f = await pieces.OuvrirAsync(id, fichierId, "équipe", ct);
        return f is null ? NotFound() : Eig.Web.Infrastructure.Pdf.PdfEnLigne.Ouvrir(Response, f.Contenu, f.NomFichier);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        Pieces = await pieces.ListeAsync(id, ct);
        Input.Version = Dossier.Version;
        return Page();
    }

    [RefusSurLeChamp("Input.Action")]
    public async Task<IActionResult> OnPostStatutAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var action = Actions.FirstOrDefault(a => a.Cle == Input.Action);
        var motif = Input.Motif?.Trim() ?? "";
        if (action.Cle is null) ModelState.AddModelError("Input.Action", "Choisissez ce que devient le dossier.");
        else if (action.MotifRequis && motif.Length == 0) ModelState.AddModelError("Input.Motif", "Indiquez le motif : il est communiqué au porteur.");
        if (motif.Length > DossierProjet.Long) ModelState.AddModelError("Input.Motif", $"Le motif ne doit pas dépasser {DossierProjet.Long} caractères.");
        if (!ModelState.IsValid) return Page();
        var moi = User.UtilisateurId();
        var maintenant = clock.UtcNow;
        db.Entry(Dossier).Property(x => x.Version).OriginalValue = Input.Version;
        switch (action.Cle)
        {
            case "instruire": Dossier.CommencerInstruction(moi, maintenant); break;
            case "corrections": Dossier.DemanderCorrections(moi, motif, maintenant); break;
            case "preselectionner": Dossier.PreSelectionner(moi, motif, maintenant); break;
            case "non-retenu": Dossier.Decider(EtatDossier.NonRetenu, moi, motif, maintenant); break;
            case "sans-suite": Dossier.Decider(EtatDossier.SansSuite, moi, motif, maintenant); break;
            case "rouvrir": Dossier.Rouvrir(moi, motif, maintenant); break;
        }
        audit.Enregistrer($"dossier.{action.Cle}", "DossierProjet", id.ToString(), motif.Length > 0 ? motif : null);
        await mails.ChangementStatutAsync(Dossier, motif, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Erreur"] = "Une autre personne vient de modifier ce dossier. Voici son état actuel : recommencez si besoin.";
            return RedirectToPage(new { id });
        }
        TempData["Succes"] = $"Le dossier est désormais : {EtatsDossier.Libelle(Dossier.Etat)}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAffecterAsync(Guid id, Guid evaluateurId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var evaluateur = (await AvisEvaluations.ChargesAsync(db, ct)).FirstOrDefault(c => c.EvaluateurId == evaluateurId);
        if (evaluateur is null || Avis.Any(a => a.EvaluateurId == evaluateurId))
        {
            TempData["Erreur"] = "Cet évaluateur ne peut pas être affecté à ce dossier (déjà affecté, conflit déclaré ou compte inconnu).";
            return RedirectToPage(new { id });
        }
        if (Dossier.Etat is not (EtatDossier.EnInstruction or EtatDossier.PreSelectionne))
        {
            TempData["Erreur"] = "On affecte des évaluateurs à un dossier en instruction.";
            return RedirectToPage(new { id });
        }
        var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, id, Grille.Id, evaluateurId, User.UtilisateurId(),
            clock.UtcNow, Appel.DelaiEvaluationJours);
        db.Affectations.Add(aff);
        audit.Enregistrer("dossier.affecter", "DossierProjet", id.ToString(), evaluateur.Nom);
        var email = await db.Users.Where(u => u.Id == evaluateurId).Select(u => u.Email).FirstAsync(ct);
        if (email is not null) mails.Affectation(email, Dossier, aff.DateLimite);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"{evaluateur.Nom} évaluera ce dossier.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRetirerAsync(Guid id, Guid affectationId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var aff = await db.Affectations.FirstOrDefaultAsync(a => a.Id == affectationId && a.ObjetId == id, ct);
        if (aff is null) return NotFound();
        var soumise = await db.Evaluations.AnyAsync(e => e.AffectationId == aff.Id && e.Etat == EtatEvaluation.Soumise, ct);
        try { aff.Retirer(soumise, clock.UtcNow); }
        catch (DomainException ex) { TempData["Erreur"] = ex.Message; return RedirectToPage(new { id }); }
        audit.Enregistrer("dossier.retirer-evaluateur", "DossierProjet", id.ToString(), aff.EvaluateurId.ToString());
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "L'affectation est retirée.";
        return RedirectToPage(new { id });
    }
}
