using System.ComponentModel.DataAnnotations;
using Eig.Web.AppelsAProjets;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Security;
using Eig.Web.Instruction;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Instruction;

/// <summary>Staff: an action on the dossiers or candidatures chosen in a list (checked rows, or every row of the
/// filter). Two steps: the confirmation says what will happen and to how many; then each item goes through the
/// rules it would meet one by one, and the result lists those refused with their reason.</summary>
public class LotModel(EigDbContext db, ActionsEnLot lots, AffectationsDossier affectationsDossier, Eig.Web.Candidatures.DecisionsCandidature decisions,
    EtiquettesEquipe etiquettes) : PageModel
{
    public GenreCible Genre { get; private set; }
    public string Liste => Genre == GenreCible.Dossier ? "/admin/dossiers" : Vivier ? "/admin/vivier" : "/admin/candidatures";
    /// <summary>The form came from the vivier's list: its actions, and the way back to it.</summary>
    [BindProperty] public string? Depuis { get; set; }
    public bool Vivier => Genre == GenreCible.Candidature && Depuis == "vivier";
    private IReadOnlyList<ActionLot> Possibles => Vivier ? ActionsEnLot.PourVivier : ActionsEnLot.Pour(Genre);
    public string Elements(int n) => Genre == GenreCible.Dossier ? Fr.Nombre(n, "dossier", "dossiers") : Fr.Nombre(n, "candidature", "candidatures");

    /// <summary>The rows checked in the list.</summary>
    [BindProperty(Name = "ids")] public List<Guid> Ids { get; set; } = [];
    /// <summary>The whole selection as one field (every row of the filter, or carried from the confirmation).</summary>
    [BindProperty] public string? Selection { get; set; }
    [BindProperty] public LotInput Input { get; set; } = new();

    public List<Guid> Choisis { get; private set; } = [];
    public ActionLot? Action { get; private set; }
    public List<string> Apercu { get; private set; } = [];
    public ActionsEnLot.Resultat? Resultat { get; private set; }
    public List<SelectListItem> Actions { get; private set; } = [];
    public List<SelectListItem> Evaluateurs { get; private set; } = [];
    public List<SelectListItem> Etiquettes { get; private set; } = [];
    public string? NomEvaluateur { get; private set; }
    public string? NomEtiquette { get; private set; }

    public IActionResult OnGet(string genre) => Cible.DuSegment(genre, Guid.Empty) is null ? NotFound() : Redirect(genre == "dossiers" ? "/admin/dossiers" : "/admin/candidatures");

    public async Task<IActionResult> OnPostPreparerAsync(string genre, CancellationToken ct)
    {
        if (!await ChargerAsync(genre, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var premiers = Choisis.Take(20).ToList();
        Apercu = Genre == GenreCible.Dossier
            ? (await db.DossiersProjets.Where(d => premiers.Contains(d.Id)).Select(d => d.Numero).ToListAsync(ct)).Select(n => $"AAP-{n:0000}").ToList()
            : await db.Candidatures.Where(c => premiers.Contains(c.Id)).Select(c => c.Prenom + " " + c.Nom).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAppliquerAsync(string genre, CancellationToken ct)
    {
        if (!await ChargerAsync(genre, ct)) return NotFound();
        if (Action?.Courriel == true) ModelState.AddModelError("Input.Action", "Un message s'écrit et se vérifie dans le formulaire d'écriture avant de partir.");
        if (!ModelState.IsValid) return Page();
        Resultat = await lots.AppliquerAsync(Genre, Action!, Choisis, Input.Motif, Input.EvaluateurId, Input.EtiquetteId, User.UtilisateurId(), ct);
        return Page();
    }

    /// <summary>The selection, the action and its field; French messages next to the fields otherwise.</summary>
    private async Task<bool> ChargerAsync(string genre, CancellationToken ct)
    {
        if (Cible.DuSegment(genre, Guid.Empty) is not { } c) return false;
        Genre = c.Genre;
        Actions = Possibles.Select(a => new SelectListItem(a.Libelle, a.Cle)).ToList();
        Evaluateurs = Genre == GenreCible.Dossier
            ? (await affectationsDossier.EvaluateursAsync(ct)).OrderBy(e => e.Nom).Select(e => new SelectListItem(AffectationsDossier.Libelle(e), e.Id.ToString())).ToList()
            : (await decisions.EvaluateursAsync(ct)).OrderBy(e => e.Nom).Select(e => new SelectListItem($"{e.Nom} ({e.Email})", e.Id.ToString())).ToList();
        Etiquettes = (await etiquettes.ToutesAsync(ct)).Select(e => new SelectListItem(e.Nom, e.Id.ToString())).ToList();

        Choisis = (Selection ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Concat(Ids).Distinct().ToList();
        Selection = string.Join(',', Choisis);
        if (Choisis.Count == 0) ModelState.AddModelError("ids", Genre == GenreCible.Dossier ? "Cochez au moins un dossier de la liste." : "Cochez au moins une candidature de la liste.");
        else if (Choisis.Count > ActionsEnLot.Maximum) ModelState.AddModelError("ids", $"Une action en lot porte sur {Fr.Entier(ActionsEnLot.Maximum)} éléments au plus : affinez le filtre.");
        Action = Possibles.FirstOrDefault(a => a.Cle == Input.Action);
        var motif = Input.Motif?.Trim() ?? "";
        if (Action is null) ModelState.AddModelError("Input.Action", "Choisissez l'action à appliquer.");
        else if (Action.Motif && motif.Length == 0) ModelState.AddModelError("Input.Motif", "Indiquez le motif : il est communiqué à chaque personne concernée.");
        else if (Action.Evaluateur && Evaluateurs.All(e => e.Value != Input.EvaluateurId?.ToString())) ModelState.AddModelError("Input.EvaluateurId", "Choisissez un évaluateur ou une évaluatrice.");
        else if (Action.Etiquette && Etiquettes.All(e => e.Value != Input.EtiquetteId?.ToString())) ModelState.AddModelError("Input.EtiquetteId", "Choisissez une étiquette.");
        if (motif.Length > DossierProjet.Long) ModelState.AddModelError("Input.Motif", $"Le motif ne doit pas dépasser {DossierProjet.Long} caractères.");
        NomEvaluateur = Evaluateurs.FirstOrDefault(e => e.Value == Input.EvaluateurId?.ToString())?.Text;
        NomEtiquette = Etiquettes.FirstOrDefault(e => e.Value == Input.EtiquetteId?.ToString())?.Text;
        return true;
    }
}

