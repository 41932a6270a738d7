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
public class DetailsModel(EigDbContext db, IClock clock, IAuditLog audit, PiecesDossier pieces, MouvementsDossier mouvements, AffectationsDossier affectations,
    Eig.Web.Instruction.VuesSuivi vuesSuivi, Eig.Web.Nouveautes.SuiviDesNouveautes nouveautes) : PageModel
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
    /// <summary>Who follows the dossier, its labels, the team's private notes.</summary>
    public Eig.Web.Instruction.VueSuivi Suivi { get; private set; } = null!;

    /// <summary>The evaluator to assign; on the page, the least-loaded one not in conflict is pre-selected.</summary>
    [BindProperty] public Guid? EvaluateurId { get; set; }
    /// <summary>Why an evaluator in a conflict found is assigned all the same.</summary>
    [BindProperty]
    [System.ComponentModel.DataAnnotations.Display(Name = "Motif de l'affectation malgré un conflit possible", Description = "Obligatoire si la personne choisie est signalée en conflit possible ; il est gardé au journal.")]
    [System.ComponentModel.DataAnnotations.StringLength(Affectation.LongueurMotif)]
    public string? MotifConflit { get; set; }
    /// <summary>Conflicts of interest found for the evaluators of the list, by evaluator.</summary>
    public Dictionary<Guid, string> Conflits { get; private set; } = [];

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Action { get; set; }
        public string? Motif { get; set; }
        public Guid Version { get; set; }
    }

    /// <summary>Every mail about this dossier, newest first.</summary>
    public List<Eig.Web.Courriers.HistoriqueCourriels.Ligne> Courriels { get; private set; } = [];

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
        Conflits = await affectations.ConflitsAsync(d, await affectations.EvaluateursAsync(ct), ct);
        var dejaLa = Avis.Select(a => a.EvaluateurId).ToHashSet();
        // The suggestion skips those already assigned, those who declared a conflict here, and conflicts found.
        Suggestions = SuggestionAffectation.MoinsCharges(charges, dejaLa.Union(Conflits.Keys).ToHashSet(),
            SuggestionAffectation.Manquants(Avis.Count(a => a.EtatAffectation == EtatAffectation.Active), Appel.EvaluateursMinimum));
        Evaluateurs = charges.Where(c => !dejaLa.Contains(c.EvaluateurId)).OrderBy(c => Conflits.ContainsKey(c.EvaluateurId)).ThenBy(c => c.Charge).ThenBy(c => c.Nom)
            .Select(c => new SelectListItem($"{c.Nom} — {Fr.Nombre(c.Charge, "évaluation", "évaluations")} en cours"
                + (Conflits.TryGetValue(c.EvaluateurId, out var conflit) ? $" — conflit possible : {conflit}" : ""), c.EvaluateurId.ToString())).ToList();
        if (!Request.HasFormContentType) EvaluateurId = Suggestions.FirstOrDefault()?.EvaluateurId;
        Mouvements = MouvementsDossier.Tous.Where(m => MouvementsDossier.Permis(d, m)).Select(m => new SelectListItem(m.Libelle, m.Cle)).ToList();
        Suivi = (await vuesSuivi.ChargerAsync(Eig.Web.Instruction.Cible.Dossier(id), moi, ct))!;
        Courriels = await Eig.Web.Courriers.HistoriqueCourriels.DeLObjetAsync(db, nameof(DossierProjet), id, ct);
        return true;
    }

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
        await nouveautes.VuAsync(User.UtilisateurId(), Eig.Web.Nouveautes.ObjetsSuivis.Dossier, id, ct);
        return Page();
    }

    [RefusSurLeChamp("Input.Action")]
    public async Task<IActionResult> OnPostStatutAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var action = MouvementsDossier.De(Input.Action);
        var motif = Input.Motif?.Trim() ?? "";
        if (action is null) ModelState.AddModelError("Input.Action", "Choisissez ce que devient le dossier.");
        else if (action.MotifRequis && motif.Length == 0) ModelState.AddModelError("Input.Motif", "Indiquez le motif : il est communiqué au porteur.");
        if (motif.Length > DossierProjet.Long) ModelState.AddModelError("Input.Motif", $"Le motif ne doit pas dépasser {DossierProjet.Long} caractères.");
        if (!ModelState.IsValid) return Page();
        db.Entry(Dossier).Property(x => x.Version).OriginalValue = Input.Version;
        await mouvements.AppliquerAsync(Dossier, action!, motif, User.UtilisateurId(), ct);
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

    [RefusSurLeChamp(nameof(MotifConflit))]
    public async Task<IActionResult> OnPostAffecterAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var aff = await affectations.AffecterAsync(Dossier, Appel, EvaluateurId, MotifConflit, User.UtilisateurId(), ct);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"{Evaluateurs.First(e => e.Value == aff.EvaluateurId.ToString()).Text.Split(" — ")[0]} évaluera ce dossier.";
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
