using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Contenus.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Defis;

/// <summary>The défis directory, filtered by promotion, theme, expertise and administration (a GET form, so a
/// filtered list has its own address), 12 a page. Anonymous; only published défis.</summary>
public class IndexModel(EigDbContext db) : PageModel
{
    public const int ParPage = 12;

    public sealed class FiltresModel
    {
        public string? Promotion { get; set; }
        public string? Theme { get; set; }
        public string? Expertise { get; set; }
        public string? Administration { get; set; }
    }

    public sealed record Ligne(string Slug, string Titre, string Resume, string Administration, string Promotions, string Themes, string? Image);

    [BindProperty(SupportsGet = true)] public FiltresModel Filtres { get; set; } = new();
    public int NumeroPage { get; private set; } = 1;
    public IReadOnlyList<Ligne> Defis { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; }
    public List<SelectListItem> Promotions { get; private set; } = [];
    public List<SelectListItem> Themes { get; private set; } = [];
    public List<SelectListItem> Expertises { get; private set; } = [];
    public List<SelectListItem> Administrations { get; private set; } = [];
    public Dictionary<string, string> NomsThemes { get; private set; } = [];
    public IReadOnlyList<(string Cle, string Titre)> TitresPromotions { get; private set; } = [];
    public IReadOnlyDictionary<string, ImageCarte> Images { get; private set; } = new Dictionary<string, ImageCarte>();
    public ImageCarte? Image(string? image) => image is not null && Images.TryGetValue(image, out var i) ? i : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        NumeroPage = Eig.Web.Infrastructure.Http.Pagination.NumeroDemande(Request);
        var publies = db.Defis.AsNoTracking().Where(d => d.Publie);
        TitresPromotions = await Annuaires.PromotionsAsync(db, ct);
        Promotions = Options("Toutes les promotions", TitresPromotions);
        var taxons = await db.Taxons.AsNoTracking().Where(t => t.Type != TypeTaxon.Categorie).OrderBy(t => t.Nom).ToListAsync(ct);
        NomsThemes = taxons.Where(t => t.Type == TypeTaxon.Theme).ToDictionary(t => t.Slug, t => t.Nom);
        Themes = Options("Tous les thèmes", taxons.Where(t => t.Type == TypeTaxon.Theme).Select(t => (t.Slug, t.Nom)));
        Expertises = Options("Toutes les expertises", taxons.Where(t => t.Type == TypeTaxon.Expertise).Select(t => (t.Slug, t.Nom)));
        Administrations = Options("Toutes les administrations", (await publies.Where(d => d.Administration != "")
            .Select(d => d.Administration).Distinct().OrderBy(a => a).ToListAsync(ct)).Select(a => (a, a)));

        var q = publies;
        if (!string.IsNullOrEmpty(Filtres.Promotion)) { var m = ListeSlugs.Motif(Filtres.Promotion); q = q.Where(d => d.Promotions.Contains(m)); }
        if (!string.IsNullOrEmpty(Filtres.Theme)) { var m = ListeSlugs.Motif(Filtres.Theme); q = q.Where(d => d.Themes.Contains(m)); }
        if (!string.IsNullOrEmpty(Filtres.Expertise)) { var m = ListeSlugs.Motif(Filtres.Expertise); q = q.Where(d => d.Expertises.Contains(m)); }
        if (!string.IsNullOrEmpty(Filtres.Administration)) q = q.Where(d => d.Administration == Filtres.Administration);
        Total = await q.CountAsync(ct);
        TotalPages = Math.Max(1, (Total + ParPage - 1) / ParPage);
        NumeroPage = Math.Clamp(NumeroPage, 1, TotalPages);
        Defis = await q.OrderByDescending(d => d.Date).ThenBy(d => d.Titre)
            .Skip((NumeroPage - 1) * ParPage).Take(ParPage)
            .Select(d => new Ligne(d.Slug, d.Titre, d.Resume, d.Administration, d.Promotions, d.Themes, d.Image)).ToListAsync(ct);
        Images = await ImagesCartes.ChargerAsync(db, Defis.Select(d => d.Image), ct);
    }

    private static List<SelectListItem> Options(string tous, IEnumerable<(string Valeur, string Texte)> items) =>
        [new SelectListItem(tous, ""), .. items.Select(i => new SelectListItem(i.Texte, i.Valeur))];

    public string UrlPage()
    {
        var q = new List<string>();
        void Add(string k, string? v) { if (!string.IsNullOrEmpty(v)) q.Add($"{k}={Uri.EscapeDataString(v)}"); }
        Add("Filtres.Promotion", Filtres.Promotion);
        Add("Filtres.Theme", Filtres.Theme);
        Add("Filtres.Expertise", Filtres.Expertise);
        Add("Filtres.Administration", Filtres.Administration);
        q.Add("page={0}");
        return "/defis?" + string.Join('&', q);
    }
}
