using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Contenus;

/// <summary>Staff (with 2FA): one collection of the site (actualités, défis, personnes, thèmes, expertises,
/// catégories), searchable. Each record is edited as the program's file it imports from.</summary>
public class CollectionModel(EigDbContext db) : PageModel
{
    public static readonly Dictionary<string, string> Noms = new(StringComparer.Ordinal)
    {
        ["articles"] = "Actualités", ["defis"] = "Défis", ["personnes"] = "Personnes",
        ["themes"] = "Thèmes", ["expertises"] = "Expertises", ["categories"] = "Catégories d'actualités",
    };

    public sealed record Ligne(Guid Id, string Titre, string Detail, bool EnLigne);

    public string Collection { get; private set; } = "";
    [BindProperty(SupportsGet = true)] public string? Recherche { get; set; }
    public IReadOnlyList<Ligne> Lignes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string collection, CancellationToken ct)
    {
        if (!Noms.ContainsKey(collection)) return NotFound();
        Collection = collection;
        var r = string.IsNullOrWhiteSpace(Recherche) ? null : "%" + Recherche.Trim().Replace("%", "").Replace("_", "") + "%";
        Lignes = collection switch
        {
            "articles" => await db.Articles.AsNoTracking().Where(a => r == null || EF.Functions.Like(a.Titre, r) || EF.Functions.Like(a.Slug, r))
                .OrderByDescending(a => a.Date).Select(a => new Ligne(a.Id, a.Titre, "/actualites/" + a.Slug, a.Statut == StatutPublication.Publie)).ToListAsync(ct),
            "defis" => await db.Defis.AsNoTracking().Where(d => r == null || EF.Functions.Like(d.Titre, r) || EF.Functions.Like(d.Administration, r))
                .OrderBy(d => d.Titre).Select(d => new Ligne(d.Id, d.Titre, d.Administration, d.Publie)).ToListAsync(ct),
            "personnes" => await db.Personnes.AsNoTracking().Where(p => r == null || EF.Functions.Like(p.Nom, r))
                .OrderBy(p => p.Nom).Select(p => new Ligne(p.Id, p.Nom, p.Poste ?? "", p.ConsentementProfilPublic)).ToListAsync(ct),
            _ => await db.Taxons.AsNoTracking().Where(t => t.Type == Type(collection) && (r == null || EF.Functions.Like(t.Nom, r)))
                .OrderBy(t => t.Nom).Select(t => new Ligne(t.Id, t.Nom, t.Slug, true)).ToListAsync(ct),
        };
        ViewData["Title"] = Noms[collection];
        return Page();
    }

    public static TypeTaxon Type(string collection) => collection switch
    {
        "themes" => TypeTaxon.Theme, "expertises" => TypeTaxon.Expertise, _ => TypeTaxon.Categorie,
    };
}
