using System.Text.Json.Nodes;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Defis;

/// <summary>One published défi with its team (people who consented to a public profile). Anonymous.</summary>
public class DefiModel(EigDbContext db) : PageModel
{
    public sealed record Membre(string Slug, string Nom, string? Poste, RolePersonne Role, string? LinkedIn, string? GitHub);

    public Defi Defi { get; private set; } = default!;
    public IReadOnlyList<Membre> Equipe { get; private set; } = [];
    public IReadOnlyList<(string Montant, string Description)> Chiffres { get; private set; } = [];
    public IReadOnlyList<string> Themes { get; private set; } = [];
    public IReadOnlyList<string> Expertises { get; private set; } = [];
    public IReadOnlyList<string> Promotions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var d = await db.Defis.AsNoTracking().FirstOrDefaultAsync(x => x.Slug == slug && x.Publie, ct);
        if (d is null) return NotFound();
        Defi = d;
        var motif = ListeSlugs.Motif(slug);
        Equipe = await db.Personnes.AsNoTracking().Where(p => p.ConsentementProfilPublic && p.Defis.Contains(motif))
            .OrderBy(p => p.Role).ThenBy(p => p.Poids == null).ThenBy(p => p.Poids).ThenBy(p => p.Nom)
            .Select(p => new Membre(p.Slug, p.Nom, p.Poste, p.Role, p.LinkedIn, p.GitHub)).ToListAsync(ct);
        Chiffres = (JsonNode.Parse(d.ChiffresCles) as JsonArray ?? []).OfType<JsonObject>()
            .Select(o => (o["amount"]?.ToString() ?? "", o["description"]?.ToString() ?? "")).ToList();
        var taxons = await db.Taxons.AsNoTracking().Where(t => t.Type != TypeTaxon.Categorie).ToListAsync(ct);
        string Nom(TypeTaxon type, string s) => taxons.FirstOrDefault(t => t.Type == type && t.Slug == s)?.Nom ?? s;
        Themes = ListeSlugs.Lire(d.Themes).Select(s => Nom(TypeTaxon.Theme, s)).ToList();
        Expertises = ListeSlugs.Lire(d.Expertises).Select(s => Nom(TypeTaxon.Expertise, s)).ToList();
        var titres = await Eig.Web.Contenus.Site.Annuaires.PromotionsAsync(db, ct);
        Promotions = ListeSlugs.Lire(d.Promotions).Select(c => titres.FirstOrDefault(t => t.Cle == c).Titre ?? "Promotion " + c).ToList();
        ViewData["Title"] = d.Titre;
        if (d.Resume.Length > 0) ViewData["Description"] = d.Resume;
        // The CMS's sharing image (1200×627) when the défi has one, else its own image.
        var og = (JsonNode.Parse(d.Extras) as JsonObject)?["ogImage"] is JsonValue v && v.TryGetValue<string>(out var o) && o.Length > 0 ? o : d.Image;
        if (!string.IsNullOrEmpty(og)) ViewData["OgImage"] = Eig.Web.Contenus.Site.FrontMatterView.Image(og);
        return Page();
    }
}
