using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Dossiers;

/// <summary>Staff: every filed dossier, filtered (call, state, administration, evaluator, minimum score), searched,
/// sorted, paged; exported to CSV or XLSX exactly as filtered.</summary>
public class IndexModel(EigDbContext db) : PageModel
{
    public const int ParPage = 50;

    [BindProperty(SupportsGet = true)] public Guid? Appel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Etat { get; set; }
    [BindProperty(SupportsGet = true)] public string? Administration { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Evaluateur { get; set; }
    [BindProperty(SupportsGet = true)] public string? ScoreMin { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tri { get; set; }
    // Not "page": Razor Pages already use that route value for the page path.
    [BindProperty(SupportsGet = true, Name = "p")] public int NumeroPage { get; set; } = 1;

    public List<ListeDossiers.Ligne> Lignes { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + ParPage - 1) / ParPage);
    public List<SelectListItem> Appels { get; private set; } = [];
    public List<SelectListItem> Etats { get; } = Enum.GetValues<EtatDossier>().Where(e => e != EtatDossier.Brouillon)
        .Select(e => new SelectListItem(EtatsDossier.Libelle(e), e.ToString())).ToList();
    public List<SelectListItem> Evaluateurs { get; private set; } = [];
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
            Q?[..Math.Min(Q.Length, 200)], Tri);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var requete = ListeDossiers.Requete(db, Filtres());
        Total = await requete.CountAsync(ct);
        NumeroPage = Math.Clamp(NumeroPage, 1, Pages);
        Lignes = await requete.Skip((NumeroPage - 1) * ParPage).Take(ParPage).ToListAsync(ct);
        Appels = (await db.AppelsAProjets.OrderBy(a => a.Titre).Select(a => new { a.Id, a.Titre }).ToListAsync(ct))
            .Select(a => new SelectListItem(a.Titre, a.Id.ToString())).ToList();
        Evaluateurs = (await AvisEvaluations.ChargesAsync(db, ct)).OrderBy(c => c.Nom)
            .Select(c => new SelectListItem(c.Nom, c.EvaluateurId.ToString())).ToList();
        if (!ModelState.IsValid) Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    private static readonly string[] Entetes = ["Référence", "Titre", "Administration", "Appel", "Statut", "Déposé le", "Note", "Évaluations"];

    private async Task<List<IReadOnlyList<string>>> ExporterAsync(CancellationToken ct) =>
        (await ListeDossiers.Requete(db, Filtres()).Take(20_000).ToListAsync(ct))
            .Select(l => (IReadOnlyList<string>)[$"AAP-{l.Numero:0000}", l.Titre, l.Administration, l.Appel, EtatsDossier.Libelle(l.Etat),
                l.DeposeLe is { } depot ? Fr.EnHeureDeParis(depot).ToString("yyyy-MM-dd") : "", l.Score is { } s ? Fr.Decimal(s) : "", l.Evaluations.ToString()])
            .ToList();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        File(Eig.Web.AppelsAProjets.Exports.Csv(Entetes, await ExporterAsync(ct)), "text/csv; charset=utf-8", "dossiers.csv");

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        File(Eig.Web.AppelsAProjets.Exports.Xlsx("Dossiers", Entetes, await ExporterAsync(ct)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "dossiers.xlsx");

    public string Url(int? page = null, string? handler = null)
    {
        var q = new Dictionary<string, string?>
        {
            ["appel"] = Appel?.ToString(), ["etat"] = Etat, ["administration"] = Administration, ["evaluateur"] = Evaluateur?.ToString(),
            ["scoreMin"] = ScoreMin, ["q"] = Q, ["tri"] = Tri, ["p"] = page?.ToString(), ["handler"] = handler,
        };
        return "/admin/dossiers" + Microsoft.AspNetCore.Http.QueryString.Create(q.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
