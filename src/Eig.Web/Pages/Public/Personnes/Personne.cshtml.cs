using Eig.Web.Contenus;
using Eig.Web.Contenus.Site;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Personnes;

/// <summary>One person's profile, as the former site had one per person (/personnes/slug): shown unless hidden
/// (by staff, or at the person's request). Anonymous.</summary>
public class PersonneModel(EigDbContext db) : PageModel
{
    public Personne Personne { get; private set; } = default!;
    public IReadOnlyList<(string Slug, string Titre)> Defis { get; private set; } = [];
    public IReadOnlyList<string> Expertises { get; private set; } = [];
    public string? Promotions { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var p = await db.Personnes.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug && x.ConsentementProfilPublic, ct);
        if (p is null) return NotFound();
        Personne = p;
        var slugs = ListeSlugs.Lire(p.Defis).ToList();
        Defis = (await db.Defis.AsNoTracking().Where(d => d.Publie && slugs.Contains(d.Slug)).Select(d => new { d.Slug, d.Titre }).ToListAsync(ct))
            .Select(d => (d.Slug, d.Titre)).ToList();
        var expertises = ListeSlugs.Lire(p.Expertises).ToList();
        Expertises = await db.Taxons.AsNoTracking().Where(t => t.Type == TypeTaxon.Expertise && expertises.Contains(t.Slug)).Select(t => t.Nom).ToListAsync(ct);
        Promotions = Annuaires.Badge(p.Promotions, await Annuaires.PromotionsAsync(db, ct));
        ViewData["Title"] = p.Nom;
        if (!string.IsNullOrEmpty(p.Poste)) ViewData["Description"] = $"{p.Nom}, {p.Poste}";
        return Page();
    }
}
