using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Contenus;

/// <summary>Staff (with 2FA): one collection of the site (actualités, défis, personnes, thèmes, expertises,
/// catégories), searchable. Each record is edited as the program's file it imports from.</summary>
public class CollectionModel(EigDbContext db, Eig.Web.Contenus.Site.CachePublic cache, Eig.Web.Infrastructure.Audit.IAuditLog audit) : PageModel
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

    /// <summary>The staff switch of a person's profile on the public site (a person's request to be hidden, or
    /// staff's own choice); a re-import keeps it.</summary>
    public async Task<IActionResult> OnPostVisibiliteAsync(string collection, Guid id, CancellationToken ct)
    {
        if (collection != "personnes") return NotFound();
        var p = await db.Personnes.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return NotFound();
        p.ConsentementProfilPublic = !p.ConsentementProfilPublic;
        p.Version = Guid.NewGuid();
        audit.Enregistrer(p.ConsentementProfilPublic ? "contenus.personne.montree" : "contenus.personne.masquee", "Personne", p.Id.ToString(), p.Nom);
        await db.SaveChangesAsync(ct);
        await cache.ViderAsync(ct);
        TempData["Succes"] = p.ConsentementProfilPublic ? $"Le profil de {p.Nom} est de nouveau visible sur le site." : $"Le profil de {p.Nom} n'est plus visible sur le site.";
        return RedirectToPage(new { collection, Recherche });
    }

    public static TypeTaxon Type(string collection) => collection switch
    {
        "themes" => TypeTaxon.Theme, "expertises" => TypeTaxon.Expertise, _ => TypeTaxon.Categorie,
    };
}
