using System.ComponentModel.DataAnnotations;
using Eig.Web.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Avis = Eig.Web.Evaluations.Evaluation;

namespace Eig.Web.Pages.Evaluation;

/// <summary>The evaluation form's page, the same for a dossier and a candidature (dossier review or interview):
/// the scoring form of Pages/Shared/Evaluations/_FormulaireEvaluation (a draft until submitted), the confirmation
/// before submitting (final), the read-only review once submitted, and the conflict-of-interest declaration.
/// Each page says how it finds the evaluator's own active assignment (anything else is a 404) and what it shows
/// beside the form; saving goes through <see cref="FormulaireEvaluation"/>.</summary>
public abstract class EvaluationPageModel(FormulaireEvaluation formulaire) : PageModel
{
    public Affectation Affectation { get; protected set; } = null!;
    public Grille Grille { get; protected set; } = null!;
    public Avis? MonAvis { get; protected set; }

    [BindProperty] public SaisieEvaluation Input { get; set; } = new();
    [BindProperty, Display(Name = "Nature du lien", Description = "Ce que vous avez en commun avec la personne, l'administration ou le projet")]
    public string? MotifConflit { get; set; }

    /// <summary>The complete draft is saved and the page asks the evaluator to confirm its submission.</summary>
    public bool AConfirmer { get; private set; }

    public IEnumerable<SelectListItem> Echelle => Enumerable.Range(Grille.EchelleMin, Grille.EchelleMax - Grille.EchelleMin + 1)
        .Select(n => new SelectListItem(n.ToString(), n.ToString()));

    public static readonly IReadOnlyList<SelectListItem> Recommandations =
        Enum.GetValues<Recommandation>().Select(r => new SelectListItem(AvisEvaluations.LibelleRecommandation(r), r.ToString())).ToList();

    /// <summary>Loads the evaluator's own active assignment <paramref name="affectationId"/> of this page's kind, its
    /// grid and its review (<see cref="Affectation"/>, <see cref="Grille"/>, <see cref="MonAvis"/>); false → 404.</summary>
    protected abstract Task<bool> ChargerAsync(Guid affectationId, CancellationToken ct);

    /// <summary>What the page shows beside the form, loaded whenever the page is rendered.</summary>
    protected virtual Task PreparerAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Where the evaluator goes once the review is submitted.</summary>
    protected virtual IActionResult ApresSoumission(Guid id) => RedirectToPage(new { id });

    /// <summary>Tells the staff member who assigned the review that it is submitted (saved with the submission).</summary>
    protected abstract Task SignalerSoumissionAsync(Avis avis, CancellationToken ct);

    /// <summary>The evaluator's list of assignments, where a declared conflict leads.</summary>
    protected abstract string PageDesEvaluations { get; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool confirmer, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        Input = SaisieEvaluation.Depuis(Grille, MonAvis);
        AConfirmer = confirmer && MonAvis is { EstSoumise: false };
        await PreparerAsync(ct);
        return Page();
    }

    /// <summary>"Enregistrer le brouillon" or "Soumettre l'évaluation" (which leads to the confirmation).</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var r = await formulaire.EnregistrerAsync(Affectation, Grille, MonAvis, Input, ct);
        return r.Issue switch
        {
            IssueSaisie.AConfirmer => RedirectToPage(new { id, confirmer = true }),
            IssueSaisie.BrouillonEnregistre => Suite(FormulaireEvaluation.MessageBrouillon, RedirectToPage(new { id })),
            _ => await IssueAsync(r, id, ct),
        };
    }

    /// <summary>"Soumettre l'évaluation" on the confirmation: submits the saved draft.</summary>
    public async Task<IActionResult> OnPostSoumettreAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var r = await formulaire.SoumettreAsync(Affectation, Grille, MonAvis, Input.Version, ct, avis => SignalerSoumissionAsync(avis, ct));
        if (r.Issue == IssueSaisie.Soumise) return Suite(FormulaireEvaluation.MessageSoumise, ApresSoumission(id));
        if (r.Issue == IssueSaisie.Refusee) Input = SaisieEvaluation.Depuis(Grille, MonAvis);
        return await IssueAsync(r, id, ct);
    }

    [RefusSurLeChamp(nameof(MotifConflit))]
    public async Task<IActionResult> OnPostConflitAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        // Shown again if the declaration is refused.
        Input = SaisieEvaluation.Depuis(Grille, MonAvis);
        await PreparerAsync(ct);
        await formulaire.DeclarerConflitAsync(Affectation, MonAvis, MotifConflit, ct);
        return Suite(FormulaireEvaluation.MessageConflitInterets, RedirectToPage(PageDesEvaluations));
    }

    private async Task<IActionResult> IssueAsync(ResultatSaisie r, Guid id, CancellationToken ct)
    {
        switch (r.Issue)
        {
            case IssueSaisie.Refusee:
                foreach (var e in r.Erreurs) ModelState.AddModelError($"{nameof(Input)}.{e.Champ}", e.Message);
                await PreparerAsync(ct);
                return Page();
            case IssueSaisie.DejaSoumise:
                TempData["Erreur"] = FormulaireEvaluation.MessageDejaSoumise;
                return RedirectToPage(new { id });
            default:
                TempData["Erreur"] = FormulaireEvaluation.MessageModifieeAilleurs;
                return RedirectToPage(new { id });
        }
    }

    private IActionResult Suite(string message, IActionResult suite)
    {
        TempData["Succes"] = message;
        return suite;
    }
}
