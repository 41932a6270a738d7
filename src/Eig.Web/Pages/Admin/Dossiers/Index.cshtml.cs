using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Security;
using Eig.Web.Instruction;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Dossiers;

/// <summary>Staff: every filed dossier, filtered (call, state, administration, evaluator, minimum score), searched,
/// sorted, paged; exported to CSV or XLSX exactly as filtered.</summary>
public class IndexModel(EigDbContext db, Eig.Web.Nouveautes.SuiviDesNouveautes nouveautes, SuiviEquipe suivis, EtiquettesEquipe etiquettes) : PageModel
{
    public const int ParPage = 50;

    [BindProperty(SupportsGet = true)] public Guid? Appel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Etat { get; set; }
    [BindProperty(SupportsGet = true)] public string? Administration { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Evaluateur { get; set; }
    [BindProperty(SupportsGet = true)] public string? ScoreMin { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tri { get; set; }
    [BindProperty(SupportsGet = true)] public FiltreSuivi Suivi { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Etiquette { get; set; }
    /// <summary>"Tout sélectionner": every row of the filter is chosen for the bulk form, not only this page's.</summary>
    [BindProperty(SupportsGet = true)] public bool Tout { get; set; }
    /// <summary>With <see cref="Tout"/>: the ids of every row of the filter, carried by the bulk form.</summary>
    public string? Selection { get; private set; }
    // Not "page": Razor Pages already use that route value for the page path.
    [BindProperty(SupportsGet = true, Name = "p")] public int NumeroPage { get; set; } = 1;

    public List<ListeDossiers.Ligne> Lignes { get; private set; } = [];
    /// <summary>Per dossier: the porteur's messages, moves by others and reviews submitted since I last opened it.</summary>
    public IReadOnlyDictionary<Guid, int> Nouveautes { get; private set; } = new Dictionary<Guid, int>();
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + ParPage - 1) / ParPage);
    public List<SelectListItem> Appels { get; private set; } = [];
    public List<SelectListItem> Etats { get; } = Enum.GetValues<EtatDossier>().Where(e => e != EtatDossier.Brouillon)
        .Select(e => new SelectListItem(EtatsDossier.Libelle(e), e.ToString())).ToList();
    public List<SelectListItem> Evaluateurs { get; private set; } = [];
    public List<SelectListItem> Suivis { get; } = SuiviEquipe.Filtres.Select(f => new SelectListItem(f.Libelle, f.Cle.ToString())).ToList();
    public List<SelectListItem> Etiquettes { get; private set; } = [];
    /// <summary>Labels and followers of the page's dossiers, by dossier id.</summary>
    public Dictionary<Guid, List<EtiquettesEquipe.Vue>> EtiquettesDe { get; private set; } = [];
    public Dictionary<Guid, List<Collegue>> SuiveursDe { get; private set; } = [];
    public List<SelectListItem> Tris { get; } = ListeDossiers.Tris.Select(t => new SelectListItem(t.Libelle, t.Cle)).ToList();

    private ListeDossiers.Filtres Filtres()
    {
        double? score = null;
        if (!string.IsNullOrWhiteSpace(ScoreMin))
        {
            if (double.TryParse(ScoreMin.Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) && s is >= 0 and <= 100)
                score = s;
            else ModelState.AddModelError(nameof(ScoreMin), "Indiquez une note minimale en chiffres, par exemple 3,5.");
        }
        EtatDossier? etat = Enum.TryParse<EtatDossier>(Etat, out var e) ? e : null;
        return new ListeDossiers.Filtres(Appel, etat, Administration?[..Math.Min(Administration.Length, 200)], Evaluateur, score,
            Q?[..Math.Min(Q.Length, 200)], Tri, Etiquette, Suivi, User.UtilisateurId());
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filtres = Filtres();
        var requete = ListeDossiers.Requete(db, filtres);
        Total = await requete.CountAsync(ct);
        NumeroPage = Math.Clamp(NumeroPage, 1, Pages);
        Lignes = await ListeDossiers.PageAsync(db, filtres, (NumeroPage - 1) * ParPage, ParPage, ct);
        if (Tout) Selection = string.Join(',', await requete.Select(l => l.Id).Take(ActionsEnLot.Maximum).ToListAsync(ct));
        var ids = Lignes.Select(l => l.Id).ToList();
        EtiquettesDe = await etiquettes.ParObjetAsync(GenreCible.Dossier, ids, ct);
        SuiveursDe = await suivis.ParObjetAsync(GenreCible.Dossier, ids, ct);
        Etiquettes = (await etiquettes.ToutesAsync(ct)).Select(e => new SelectListItem(e.Nom, e.Id.ToString())).ToList();
        Nouveautes = await nouveautes.DossiersAsync(User.UtilisateurId(), Lignes.Select(l => l.Id).ToList(), equipe: true, ct);
        Appels = (await db.AppelsAProjets.OrderBy(a => a.Titre).Select(a => new { a.Id, a.Titre }).ToListAsync(ct))
            .Select(a => new SelectListItem(a.Titre, a.Id.ToString())).ToList();
        Evaluateurs = (await AvisEvaluations.ChargesAsync(db, ct)).OrderBy(c => c.Nom)
            .Select(c => new SelectListItem(c.Nom, c.EvaluateurId.ToString())).ToList();
        if (!ModelState.IsValid) Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    private static readonly string[] Entetes = ["Référence", "Titre", "Administration", "Appel", "Statut", "Déposé le", "Note", "Évaluations",
        "Étiquettes", "Suivi par", "Notes internes"];

    private async Task<List<IReadOnlyList<string>>> ExporterAsync(CancellationToken ct)
    {
        var lignes = await ListeDossiers.Requete(db, Filtres()).Take(20_000).ToListAsync(ct);
        var ids = lignes.Select(l => l.Id).ToList();
        var tags = await etiquettes.ParObjetAsync(GenreCible.Dossier, ids, ct);
        var suiveurs = await suivis.ParObjetAsync(GenreCible.Dossier, ids, ct);
        var notes = (await db.Annotations.AsNoTracking().Where(a => a.DossierId != null && ids.Contains(a.DossierId.Value)).OrderBy(a => a.Le).ToListAsync(ct))
            .ToLookup(a => a.DossierId!.Value);
        return lignes.Select(l => (IReadOnlyList<string>)[$"AAP-{l.Numero:0000}", l.Titre, l.Administration, l.Appel, EtatsDossier.Libelle(l.Etat),
                l.DeposeLe is { } depot ? Fr.EnHeureDeParis(depot).ToString("yyyy-MM-dd") : "", l.Score is { } s ? Fr.Decimal(s) : "", l.Evaluations.ToString(),
                string.Join(", ", tags.GetValueOrDefault(l.Id)?.Select(t => t.Nom) ?? []),
                string.Join(", ", suiveurs.GetValueOrDefault(l.Id)?.Select(x => x.Email) ?? []),
                string.Join("\n", notes[l.Id].Select(a => $"{a.AuteurNom}, {Fr.DateEtHeure(a.Le)} : {a.Texte}"))])
            .ToList();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        File(Eig.Web.AppelsAProjets.Exports.Csv(Entetes, await ExporterAsync(ct)), "text/csv; charset=utf-8", "dossiers.csv");

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        File(Eig.Web.AppelsAProjets.Exports.Xlsx("Dossiers", Entetes, await ExporterAsync(ct)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "dossiers.xlsx");

    public VueLot Lot => new(new LotInput(), ActionsEnLot.PourDossiers.Select(a => new SelectListItem(a.Libelle, a.Cle)).ToList(), Evaluateurs, Etiquettes);

    public string Url(int? page = null, string? handler = null, FiltreSuivi? suivi = null, bool tout = false)
    {
        var filtreSuivi = suivi ?? Suivi;
        var q = new Dictionary<string, string?>
        {
            ["appel"] = Appel?.ToString(), ["etat"] = Etat, ["administration"] = Administration, ["evaluateur"] = Evaluateur?.ToString(),
            ["scoreMin"] = ScoreMin, ["q"] = Q, ["tri"] = Tri, ["suivi"] = filtreSuivi == FiltreSuivi.Tous ? null : filtreSuivi.ToString(),
            ["etiquette"] = Etiquette?.ToString(), ["p"] = page?.ToString(), ["handler"] = handler, ["tout"] = tout ? "true" : null,
        };
        return "/admin/dossiers" + Microsoft.AspNetCore.Http.QueryString.Create(q.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
