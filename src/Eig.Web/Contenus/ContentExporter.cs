using System.Globalization;
using System.Text.Json.Nodes;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus;

/// <summary>Writes the site's content back in the format the program's Netlify CMS reads (its folders and field
/// names: <c>defis/</c> with <c>who</c>, <c>promos</c> by title, <c>isSET</c>/<c>urlSET</c>; <c>blog/</c>;
/// <c>personnes/</c> with <c>title</c>/<c>desc</c>/<c>weight</c>; <c>promos/</c> by title; relations as titles),
/// fields this site has no column for included, so that import → export → import gives the same data and the
/// former site's tools can read an export. A date written in another form (a bare year, a time of day) is written
/// back as it was while it still says the same day; an empty field stays empty.</summary>
public sealed class ContentExporter(EigDbContext db)
{
    /// <summary>Titles of what relations point at, for writing them as the CMS does (its value_field is the title).</summary>
    public sealed class Titres
    {
        private readonly Dictionary<string, string> _parCle = new(StringComparer.Ordinal);

        public static Titres Vides { get; } = new();

        public static async Task<Titres> ChargerAsync(EigDbContext db, CancellationToken ct)
        {
            var t = new Titres();
            foreach (var x in await db.Taxons.AsNoTracking().Select(x => new { x.Type, x.Slug, x.Nom }).ToListAsync(ct))
                t._parCle[Collection(x.Type) + ":" + x.Slug] = x.Nom;
            foreach (var d in await db.Defis.AsNoTracking().Select(d => new { d.Slug, d.Titre }).ToListAsync(ct))
                t._parCle["defis:" + d.Slug] = d.Titre;
            foreach (var a in await db.Articles.AsNoTracking().Select(a => new { a.Slug, a.Titre }).ToListAsync(ct))
                t._parCle["articles:" + a.Slug] = a.Titre;
            foreach (var p in await db.Promotions.AsNoTracking().ToListAsync(ct))
                t._parCle["promotions:" + p.Cle] = Extras(p.Extras)["title"] is JsonValue v ? v.ToString() : p.Titre;
            return t;
        }

        public string De(string collection, string cle) => _parCle.TryGetValue(collection + ":" + cle, out var t) ? t : cle;
    }

    public async Task<int> ExporterAsync(string dossier, CancellationToken ct = default)
    {
        Directory.CreateDirectory(dossier);
        var titres = await Titres.ChargerAsync(db, ct);
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
        foreach (var p in await db.Promotions.AsNoTracking().OrderBy(p => p.Numero).ThenBy(p => p.Libelle).ToListAsync(ct))
            await Ecrire(Texte(p));
        foreach (var d in await db.Defis.AsNoTracking().OrderBy(d => d.Slug).ToListAsync(ct))
            await Ecrire(Texte(d, titres));
        foreach (var p in await db.Personnes.AsNoTracking().OrderBy(p => p.Fichier).ToListAsync(ct))
            await Ecrire(Texte(p, titres));
        foreach (var a in await db.Articles.AsNoTracking().OrderBy(a => a.Fichier).ToListAsync(ct))
            await Ecrire(Texte(a, titres));
        foreach (var p in await db.Pages.AsNoTracking().OrderBy(p => p.Fichier).ToListAsync(ct))
        {
            var o = JsonNode.Parse(p.FrontMatter) as JsonObject ?? [];
            await Ecrire((p.Fichier, FrontMatterDocument.Ecrire(o, p.Corps)));
        }
        return n;
    }

    /// <summary>The file of a record in the CMS's folder for its collection, keeping its own file name.</summary>
    private static string Nom(string? fichier, string collection, string slug)
    {
        var dossier = CmsFormat.Dossier(collection);
        var nom = string.IsNullOrEmpty(fichier) || !fichier.Contains('/') ? slug + ".md" : Path.GetFileName(fichier);
        return $"{dossier}/{nom}";
    }

    public static string Collection(TypeTaxon type) => type switch { TypeTaxon.Theme => "themes", TypeTaxon.Expertise => "expertises", _ => "categories" };

    /// <summary>A theme, expertise or category as its file: (path in the folder, text).</summary>
    public static (string Relatif, string Texte) Texte(Taxon t)
    {
        var o = Extras(t.Extras);
        o["title"] = t.Nom;
        Mettre(o, "description", t.Description);
        return (Nom(t.Fichier, Collection(t.Type), t.Slug), FrontMatterDocument.Ecrire(Ordonner(o, "title"), ""));
    }

    public static (string Relatif, string Texte) Texte(Promotion p)
    {
        var o = Extras(p.Extras);
        o["title"] ??= p.Titre;
        var titre = Promotion.LireTitre(o["title"]!.ToString());
        // The CMS knows only the title: the year and the dates go with it when the title does not give them back.
        if ((titre?.Annee ?? Promotion.AnneeProbable(p.Numero)) != p.Annee) o["year"] = p.Annee.ToString(CultureInfo.InvariantCulture);
        if (p.Debut != new DateOnly(p.Annee, 9, 1)) o["start"] = p.Debut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (p.Fin != new DateOnly(p.Annee + 1, 6, 30)) o["end"] = p.Fin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return ($"promos/promotion-{p.Cle}.md", FrontMatterDocument.Ecrire(Ordonner(o, "title"), ""));
    }

    public static (string Relatif, string Texte) Texte(Defi d) => Texte(d, Titres.Vides);

    public static (string Relatif, string Texte) Texte(Defi d, Titres titres)
    {
        var o = Extras(d.Extras);
        o["title"] = d.Titre;
        Mettre(o, "description", d.Resume);
        Mettre(o, "who", d.Administration);
        Mettre(o, "place", d.Lieu);
        Liste(o, "themes", d.Themes, c => titres.De("themes", c));
        Liste(o, "promos", d.Promotions, c => titres.De("promotions", c));
        Mettre(o, "town", d.Ville);
        Date(o, d.Date);
        Liste(o, "expertises", d.Expertises, c => titres.De("expertises", c));
        Mettre(o, "image", d.Image);
        o["visible"] = d.Publie;
        o["isSET"] = d.StartupEtat;
        Mettre(o, "urlSET", d.StartupUrl);
        Mettre(o, "source_code", d.CodeSourceUrl);
        Mettre(o, "website", d.SiteWeb);
        if (JsonNode.Parse(string.IsNullOrEmpty(d.ChiffresCles) ? "[]" : d.ChiffresCles) is JsonArray { Count: > 0 } chiffres) o["key_figures"] = chiffres;
        if (d.Fichier is null) o["slug"] = d.Slug;
        return (Nom(d.Fichier, "defis", d.Slug), FrontMatterDocument.Ecrire(Ordonner(o, "title"), d.Corps));
    }

    public static (string Relatif, string Texte) Texte(Personne p) => Texte(p, Titres.Vides);

    public static (string Relatif, string Texte) Texte(Personne p, Titres titres)
    {
        var o = Extras(p.Extras);
        o["title"] = p.Nom;
        Mettre(o, "job", p.Poste);
        Mettre(o, "desc", p.Description);
        Liste(o, "promos", p.Promotions, c => titres.De("promotions", c));
        o["role"] = Personne.NomFichier(p.Role);
        Liste(o, "defis", p.Defis, c => titres.De("defis", c));
        Liste(o, "expertises", p.Expertises, c => titres.De("expertises", c));
        Mettre(o, "image", p.Image);
        Mettre(o, "linkedin", p.LinkedIn);
        Mettre(o, "github", p.GitHub);
        if (p.Poids is { } poids) o["weight"] = poids.ToString(CultureInfo.InvariantCulture);
        // The former site showed everyone: only a hidden profile needs saying.
        if (!p.ConsentementProfilPublic) o["public_profile"] = false;
        return (Nom(p.Fichier, "personnes", p.Slug), FrontMatterDocument.Ecrire(Ordonner(o, "title"), p.Corps));
    }

    public static (string Relatif, string Texte) Texte(Article a) => Texte(a, Titres.Vides);

    public static (string Relatif, string Texte) Texte(Article a, Titres titres)
    {
        var o = Extras(a.Extras);
        if (a.TexteBrut && o.Count == 0 && a.Auteur is null && a.Date is null && a.Description is null && a.Image is null
            && a.Categories.Length == 0 && a.ArticlesLies.Length == 0 && a.Statut == StatutPublication.Publie)
            return (a.Fichier, a.Titre + "\n\n" + a.Corps);
        o["title"] = a.Titre;
        Mettre(o, "author", a.Auteur);
        Date(o, a.Date);
        Mettre(o, "description", a.Description);
        Mettre(o, "image", a.Image);
        Liste(o, "categories", a.Categories, c => titres.De("categories", c));
        Liste(o, "related", a.ArticlesLies, c => titres.De("articles", c));
        // The CMS hides an article with visible: false (its collection's filter).
        if (a.Statut == StatutPublication.Brouillon) o["visible"] = false;
        return (Nom(a.TexteBrut ? null : a.Fichier, "articles", a.Slug), FrontMatterDocument.Ecrire(Ordonner(o, "title"), a.Corps));
    }

    private static JsonObject Extras(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonNode.Parse(json) as JsonObject ?? [];

    /// <summary>Null leaves the field out; an empty text is written empty, as the file had it.</summary>
    private static void Mettre(JsonObject o, string cle, string? valeur)
    {
        if (valeur is not null) o[cle] = valeur;
    }

    /// <summary>The date as the file wrote it (kept with the other fields: "2022", "2021-02-01T10:00:00.000Z") while
    /// it still reads as the same day, else the day.</summary>
    private static void Date(JsonObject o, DateOnly? date)
    {
        if (date is null) { o.Remove("date"); return; }
        if (o["date"] is JsonValue v && Champs.LireDate(v.ToString())?.Date == date) return;
        o["date"] = date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static void Liste(JsonObject o, string cle, string stockee, Func<string, string> titre)
    {
        var valeurs = ListeSlugs.Lire(stockee);
        if (valeurs.Count > 0) o[cle] = new JsonArray([.. valeurs.Select(v => (JsonNode)JsonValue.Create(titre(v)))]);
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
