using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Actualites;

/// <summary>One article with its categories and up to two related articles. Anonymous.</summary>
public class ArticleModel(EigDbContext db) : PageModel
{
    public Article Article { get; private set; } = default!;
    public IReadOnlyList<(string Slug, string Titre)> Lies { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Nom)> Categories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var a = await db.Articles.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug && x.Statut == StatutPublication.Publie, ct);
        if (a is null) return NotFound();
        Article = a;
        var lies = ListeSlugs.Lire(a.ArticlesLies).ToList();
        Lies = (await db.Articles.AsNoTracking().Where(x => lies.Contains(x.Slug) && x.Statut == StatutPublication.Publie)
            .Select(x => new { x.Slug, x.Titre }).ToListAsync(ct)).Select(x => (x.Slug, x.Titre)).ToList();
        var cats = ListeSlugs.Lire(a.Categories).ToList();
        var noms = await db.Taxons.AsNoTracking().Where(t => t.Type == TypeTaxon.Categorie && cats.Contains(t.Slug))
            .ToDictionaryAsync(t => t.Slug, t => t.Nom, ct);
        Categories = cats.Select(c => (c, noms.GetValueOrDefault(c, c))).ToList();
        ViewData["Title"] = a.Titre;
        var resume = a.Description ?? MarkdownRenderer.ToPlainText(a.Corps);
        ViewData["Description"] = resume.Length > 200 ? resume[..199] + "…" : resume;
        if (!string.IsNullOrEmpty(a.Image)) ViewData["OgImage"] = Eig.Web.Contenus.Site.FrontMatterView.Image(a.Image);
        return Page();
    }
}
