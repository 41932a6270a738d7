using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Actualites;

/// <summary>The news, newest first, filtered by category, 12 a page. Anonymous.</summary>
public class IndexModel(EigDbContext db) : PageModel
{
    public const int ParPage = 12;

    public sealed record Ligne(string Slug, string Titre, DateOnly? Date, string? Description, string Categories, string? Image);

    [BindProperty(SupportsGet = true)] public string? Categorie { get; set; }
    public int NumeroPage { get; private set; } = 1;
    public IReadOnlyList<Ligne> Articles { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Nom)> Categories { get; private set; } = [];
    public int TotalPages { get; private set; }
    public IReadOnlyDictionary<string, Eig.Web.Contenus.Site.ImageCarte> Images { get; private set; } = new Dictionary<string, Eig.Web.Contenus.Site.ImageCarte>();
    public Eig.Web.Contenus.Site.ImageCarte? Image(string? image) => image is not null && Images.TryGetValue(image, out var i) ? i : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        NumeroPage = Eig.Web.Infrastructure.Http.Pagination.NumeroDemande(Request);
        Categories = (await db.Taxons.AsNoTracking().Where(t => t.Type == TypeTaxon.Categorie).OrderBy(t => t.Nom)
            .Select(t => new { t.Slug, t.Nom }).ToListAsync(ct)).Select(t => (t.Slug, t.Nom)).ToList();
        var q = db.Articles.AsNoTracking().Where(a => a.Statut == StatutPublication.Publie);
        if (!string.IsNullOrEmpty(Categorie))
        {
            var motif = ListeSlugs.Motif(Categorie);
            q = q.Where(a => a.Categories.Contains(motif));
        }
        var total = await q.CountAsync(ct);
        TotalPages = Math.Max(1, (total + ParPage - 1) / ParPage);
        NumeroPage = Math.Clamp(NumeroPage, 1, TotalPages);
        Articles = await q.OrderByDescending(a => a.Date).ThenByDescending(a => a.PublieLe)
            .Skip((NumeroPage - 1) * ParPage).Take(ParPage)
            .Select(a => new Ligne(a.Slug, a.Titre, a.Date, a.Description, a.Categories, a.Image)).ToListAsync(ct);
        Images = await Eig.Web.Contenus.Site.ImagesCartes.ChargerAsync(db, Articles.Select(a => a.Image), ct);
    }

    public string NomCategorie(string slug) => Categories.FirstOrDefault(c => c.Slug == slug).Nom ?? slug;
}
