using System.Globalization;
using System.Text.Json.Nodes;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus;

/// <summary>Writes the site's content back in the format <see cref="ContentImporter"/> reads: each record to the file
/// it came from (or collection/slug.md), unknown fields included, so that import → export → import gives the same
/// data.</summary>
public sealed class ContentExporter(EigDbContext db)
{
    public async Task<int> ExporterAsync(string dossier, CancellationToken ct = default)
    {
        Directory.CreateDirectory(dossier);
        var n = 0;
        async Task Ecrire((string Relatif, string Texte) f)
        {
            var (relatif, texte) = f;
            var chemin = Path.GetFullPath(Path.Combine(dossier, relatif));
            if (!chemin.StartsWith(Path.GetFullPath(dossier), StringComparison.Ordinal)) return;
            Directory.CreateDirectory(Path.GetDirectoryName(chemin)!);
            await File.WriteAllTextAsync(chemin, texte, ct);
            n++;
        }

        foreach (var t in await db.Taxons.AsNoTracking().OrderBy(t => t.Fichier).ToListAsync(ct))
            await Ecrire(Texte(t));
        foreach (var p in await db.Promotions.AsNoTracking().OrderBy(p => p.Numero).ToListAsync(ct))
        {
            var o = Extras(p.Extras);
            o["number"] = p.Numero.ToString(CultureInfo.InvariantCulture);
            o["year"] = p.Annee.ToString(CultureInfo.InvariantCulture);
            o["start"] = p.Debut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            o["end"] = p.Fin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await Ecrire(($"promotions/promotion-{p.Numero}.md", FrontMatterDocument.Ecrire(Ordonner(o, "number"), "")));
        }
        foreach (var d in await db.Defis.AsNoTracking().OrderBy(d => d.Slug).ToListAsync(ct))
            await Ecrire(Texte(d));
        foreach (var p in await db.Personnes.AsNoTracking().OrderBy(p => p.Fichier).ToListAsync(ct))
            await Ecrire(Texte(p));
        foreach (var a in await db.Articles.AsNoTracking().OrderBy(a => a.Fichier).ToListAsync(ct))
            await Ecrire(Texte(a));
        foreach (var p in await db.Pages.AsNoTracking().OrderBy(p => p.Fichier).ToListAsync(ct))
        {
            var o = JsonNode.Parse(p.FrontMatter) as JsonObject ?? [];
            await Ecrire((p.Fichier, FrontMatterDocument.Ecrire(o, p.Corps)));
        }
        return n;
    }

    private static string Nom(string? fichier, string collection, string slug) =>
        string.IsNullOrEmpty(fichier) ? $"{collection}/{slug}.md" : fichier;

    public static string Collection(TypeTaxon type) => type switch { TypeTaxon.Theme => "themes", TypeTaxon.Expertise => "expertises", _ => "categories" };

    /// <summary>A theme, expertise or category as its file: (path in the folder, text).</summary>
    public static (string Relatif, string Texte) Texte(Taxon t)
    {
        var o = Extras(t.Extras);
        o["title"] = t.Nom;
        Mettre(o, "description", t.Description);
        return (Nom(t.Fichier, Collection(t.Type), t.Slug), FrontMatterDocument.Ecrire(Ordonner(o, "title"), ""));
    }

    public static (string Relatif, string Texte) Texte(Eig.Web.Promotions.Defi d)
    {
        var o = Extras(d.Extras);
        o["title"] = d.Titre;
        Mettre(o, "description", d.Resume);
        Mettre(o, "administration", d.Administration);
        Mettre(o, "place", d.Lieu);
        Mettre(o, "town", d.Ville);
        Liste(o, "themes", d.Themes);
        Liste(o, "expertises", d.Expertises);
        Liste(o, "promotions", d.Promotions);
        Mettre(o, "date", d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Mettre(o, "image", d.Image);
        o["visible"] = d.Publie;
        if (d.StartupEtat) o["is_startup"] = true;
        Mettre(o, "startup_url", d.StartupUrl);
        Mettre(o, "source_code", d.CodeSourceUrl);
        Mettre(o, "website", d.SiteWeb);
        if (JsonNode.Parse(string.IsNullOrEmpty(d.ChiffresCles) ? "[]" : d.ChiffresCles) is JsonArray { Count: > 0 } chiffres) o["key_figures"] = chiffres;
        if (d.Fichier is null) o["slug"] = d.Slug;
        return (Nom(d.Fichier, "defis", d.Slug), FrontMatterDocument.Ecrire(Ordonner(o, "title"), d.Corps));
    }

    public static (string Relatif, string Texte) Texte(Personne p)
    {
        var o = Extras(p.Extras);
        o["name"] = p.Nom;
        Mettre(o, "job", p.Poste);
        Mettre(o, "description", p.Description);
        Liste(o, "promotions", p.Promotions);
        o["role"] = Personne.NomFichier(p.Role);
        Liste(o, "defis", p.Defis);
        Liste(o, "expertises", p.Expertises);
        Mettre(o, "image", p.Image);
        Mettre(o, "linkedin", p.LinkedIn);
        Mettre(o, "github", p.GitHub);
        o["public_profile"] = p.ConsentementProfilPublic;
        return (Nom(p.Fichier, "personnes", p.Slug), FrontMatterDocument.Ecrire(Ordonner(o, "name"), p.Corps));
    }

    public static (string Relatif, string Texte) Texte(Article a)
    {
        var o = Extras(a.Extras);
        if (a.TexteBrut && o.Count == 0 && a.Auteur is null && a.Date is null && a.Description is null && a.Image is null
            && a.Categories.Length == 0 && a.ArticlesLies.Length == 0 && a.Statut == StatutPublication.Publie)
            return (Nom(a.Fichier, "articles", a.Slug), a.Titre + "\n\n" + a.Corps);
        o["title"] = a.Titre;
        Mettre(o, "author", a.Auteur);
        Mettre(o, "date", a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Mettre(o, "description", a.Description);
        Mettre(o, "image", a.Image);
        Liste(o, "categories", a.Categories);
        Liste(o, "related", a.ArticlesLies);
        if (a.Statut == StatutPublication.Brouillon) o["draft"] = true;
        // A plain-text article that gained fields moves to the articles folder, in the front-matter format.
        var fichier = a.TexteBrut ? $"articles/{a.Slug}.md" : Nom(a.Fichier, "articles", a.Slug);
        return (fichier, FrontMatterDocument.Ecrire(Ordonner(o, "title"), a.Corps));
    }

    private static JsonObject Extras(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonNode.Parse(json) as JsonObject ?? [];

    private static void Mettre(JsonObject o, string cle, string? valeur)
    {
        if (!string.IsNullOrEmpty(valeur)) o[cle] = valeur;
    }

    private static void Liste(JsonObject o, string cle, string stockee)
    {
        var valeurs = ListeSlugs.Lire(stockee);
        if (valeurs.Count > 0) o[cle] = new JsonArray([.. valeurs.Select(v => (JsonNode)JsonValue.Create(v))]);
    }

    /// <summary>The main field first, as the program's files have it; the rest in insertion order.</summary>
    private static JsonObject Ordonner(JsonObject o, string premier)
    {
        var r = new JsonObject();
        if (o[premier] is { } p) r[premier] = p.DeepClone();
        foreach (var (k, v) in o) if (k != premier) r[k] = v?.DeepClone();
        return r;
    }
}
