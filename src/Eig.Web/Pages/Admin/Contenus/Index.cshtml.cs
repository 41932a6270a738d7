using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Contenus;

/// <summary>Staff (with 2FA): the site's pages and articles, searchable by title or address.</summary>
public class IndexModel(EigDbContext db) : PageModel
{
    public sealed record Ligne(Guid Id, string Titre, string Adresse, string Layout, StatutPublication Statut, DateTime ModifieLe);

    [BindProperty(SupportsGet = true)] public string? Recherche { get; set; }
    public IReadOnlyList<Ligne> Pages { get; private set; } = [];
    public IReadOnlyList<Ligne> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var pages = db.Pages.AsNoTracking();
        var articles = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Recherche))
        {
            var r = "%" + Recherche.Trim().Replace("%", "").Replace("_", "") + "%";
            pages = pages.Where(p => EF.Functions.Like(p.Titre, r) || EF.Functions.Like(p.Adresse, r));
            articles = articles.Where(a => EF.Functions.Like(a.Titre, r) || EF.Functions.Like(a.Slug, r));
        }
        Pages = await pages.OrderBy(p => p.Adresse).ThenByDescending(p => p.ModifieLe)
            .Select(p => new Ligne(p.Id, p.Titre, p.Adresse, p.Layout, p.Statut, p.ModifieLe)).ToListAsync(ct);
        Articles = await articles.OrderByDescending(a => a.Date).ThenByDescending(a => a.ModifieLe).Take(100)
            .Select(a => new Ligne(a.Id, a.Titre, "/actualites/" + a.Slug, "article", a.Statut, a.ModifieLe)).ToListAsync(ct);
    }
}
