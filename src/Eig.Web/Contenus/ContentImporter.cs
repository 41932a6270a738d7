using System.Text.Json;
using System.Text.Json.Nodes;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Promotions;
using Eig.Web.Promotions;
using Eig.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus;

public sealed record ImportRapport(
    int Importes,
    IReadOnlyList<ContentFormatException> Erreurs,
    IReadOnlyList<string> ChampsInconnus,
    IReadOnlyList<string> Remarques);

/// <summary>
/// Imports a folder in the program's format (Hugo / Netlify CMS): a folder per collection (pages, articles, defis,
/// personnes, themes, expertises, categories, promotions) and, at the top, pages with a layout or plain-text
/// articles whose first line is the title (like the program's news). Every file is read and checked before anything
/// is written; a bad file is reported (name, line) and left out, the others are saved together in one transaction.
/// Re-importing a file updates what it created (a file's path is its identity).
/// </summary>
public sealed class ContentImporter(EigDbContext db, IClock clock, IAuditLog audit, Site.CachePublic cache)
{
    public static readonly string[] Collections = ["themes", "expertises", "categories", "promotions", "defis", "personnes", "articles", "pages"];
    private static readonly string[] Extensions = [".md", ".markdown", ".txt"];

    public async Task<ImportRapport> ImporterAsync(string dossier, CancellationToken ct = default)
    {
        if (!Directory.Exists(dossier)) throw new DomainException($"Le dossier « {dossier} » n'existe pas.");
        var erreurs = new List<ContentFormatException>();
        var inconnus = new List<string>();
        var remarques = new List<string>();
        var importes = 0;
        var maintenant = clock.UtcNow;
        var slugsVus = new HashSet<string>(StringComparer.Ordinal);

        // Taxonomies and promotions first: défis and people refer to them.
        var fichiers = Collections
            .SelectMany(c => Fichiers(Path.Combine(dossier, c)).Select(f => (Collection: c, Chemin: f)))
            .Concat(Fichiers(dossier).Select(f => (Collection: "", Chemin: f)))
            .ToList();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (collection, chemin) in fichiers)
        {
            var relatif = Path.GetRelativePath(dossier, chemin).Replace('\\', '/');
            try
            {
                var effet = await AppliquerAsync(collection, relatif, await File.ReadAllTextAsync(chemin, ct), maintenant, remarques, ct);
                var cleSlug = collection + ":" + effet.Slug;
                if (effet.Slug is not null && !slugsVus.Add(cleSlug))
                    throw new ContentFormatException(relatif, null, $"un autre fichier du dossier porte déjà l'identifiant « {effet.Slug} ».");
                inconnus.AddRange(effet.Inconnus.Select(c => $"{relatif} : {c}"));
                // Saving file by file lets a database refusal (a slug taken by content entered by hand) be reported
                // against its file; the transaction still makes the whole import one unit.
                await db.SaveChangesAsync(ct);
                importes++;
            }
            catch (ContentFormatException ex)
            {
                erreurs.Add(ex);
                db.ChangeTracker.Clear();
            }
            catch (DomainException ex)
            {
                erreurs.Add(new ContentFormatException(relatif, null, ex.Message));
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException ex)
            {
                erreurs.Add(new ContentFormatException(relatif, null, "refusé par la base de données (" + (ex.InnerException ?? ex).Message.Split('\n')[0] + ")."));
                db.ChangeTracker.Clear();
            }
        }
        audit.Enregistrer("contenus.import", "Contenus", null, $"{importes} fichier(s) importé(s), {erreurs.Count} erreur(s) depuis {Path.GetFileName(dossier)}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await cache.ViderAsync(ct);
        return new ImportRapport(importes, erreurs, inconnus, remarques);
    }

    /// <summary>Reads one file's text into its collection (the entity is added or updated, not saved).</summary>
    private async Task<Effet> AppliquerAsync(string collection, string relatif, string texte, DateTime maintenant, List<string> remarques, CancellationToken ct)
    {
        var doc = FrontMatterDocument.Lire(texte, relatif);
        var champs = new Champs(doc, relatif);
        return collection switch
        {
            "themes" => await TaxonAsync(TypeTaxon.Theme, champs, relatif, ct),
            "expertises" => await TaxonAsync(TypeTaxon.Expertise, champs, relatif, ct),
            "categories" => await TaxonAsync(TypeTaxon.Categorie, champs, relatif, ct),
            "promotions" => await PromotionAsync(champs, ct),
            "defis" => await DefiAsync(doc, champs, relatif, ct),
            "personnes" => await PersonneAsync(doc, champs, relatif, maintenant, ct),
            "articles" => await ArticleAsync(doc, champs, relatif, maintenant, ct),
            "pages" => await PageAsync(doc, relatif, maintenant, remarques, ct),
            _ when !doc.AvaitFrontMatter => await ArticleAsync(doc, champs, relatif, maintenant, ct),
            _ => await PageAsync(doc, relatif, maintenant, remarques, ct),
        };
    }

    /// <summary>The back office's save of one record edited as its file: same reading and checks as the import.
    /// Returns the fields kept but not shown. Nothing is saved here: the caller saves with its revision.</summary>
    public async Task<IReadOnlyList<string>> AppliquerFichierAsync(string collection, string relatif, string texte, CancellationToken ct = default)
    {
        var effet = await AppliquerAsync(collection, relatif, texte.Replace("\r\n", "\n", StringComparison.Ordinal), clock.UtcNow, [], ct);
        return effet.Inconnus;
    }

    private static IEnumerable<string> Fichiers(string dossier) => Directory.Exists(dossier)
        ? Directory.EnumerateFiles(dossier)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith('.'))
            .Where(f => !string.Equals(Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
        : [];

    private sealed record Effet(string? Slug, IReadOnlyList<string> Inconnus);

    private static string SlugDe(Champs champs, string relatif) =>
        champs.Texte("slug") is { Length: > 0 } s ? Champs.Slugifier(s) : Champs.Slugifier(Path.GetFileNameWithoutExtension(relatif));

    private static List<string> Noms(JsonObject extras) => [.. extras.Select(kv => kv.Key)];

    private static string Json(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });

    private async Task<Effet> TaxonAsync(TypeTaxon type, Champs champs, string relatif, CancellationToken ct)
    {
        var slug = SlugDe(champs, relatif);
        var nom = champs.Texte("title", obligatoire: true)!;
        var description = champs.Texte("description");
        var extras = champs.Restants();
        var t = await db.Taxons.FirstOrDefaultAsync(x => x.Fichier == relatif, ct);
        if (t is null) db.Taxons.Add(t = new Taxon { Fichier = relatif });
        t.Type = type;
        t.Slug = slug;
        t.Nom = nom;
        t.Description = description;
        t.Extras = Json(extras);
        return new Effet(slug, Noms(extras));
    }

    private async Task<Effet> PromotionAsync(Champs champs, CancellationToken ct)
    {
        var numero = champs.Entier("number", obligatoire: true)!.Value;
        var annee = champs.Entier("year", obligatoire: true)!.Value;
        var debut = champs.Date("start") ?? new DateOnly(annee, 9, 1);
        var fin = champs.Date("end") ?? new DateOnly(annee + 1, 6, 30);
        if (fin < debut) throw champs.Erreur("end", "la fin de la promotion précède son début.");
        var extras = champs.Restants();
        var p = await db.Promotions.FirstOrDefaultAsync(x => x.Numero == numero, ct);
        if (p is null) db.Promotions.Add(p = new Promotion { Numero = numero });
        p.Annee = annee;
        p.Debut = debut;
        p.Fin = fin;
        p.Extras = extras.Count == 0 ? null : Json(extras);
        p.MarquerPublieeALImport(clock.UtcNow);
        return new Effet("promotion-" + numero, Noms(extras));
    }

    private async Task<Effet> DefiAsync(FrontMatterDocument doc, Champs champs, string relatif, CancellationToken ct)
    {
        var slug = SlugDe(champs, relatif);
        var titre = champs.Texte("title", obligatoire: true)!;
        var promotions = champs.Liste("promotions");
        if (promotions.Count == 0) throw champs.Erreur("promotions", "un défi appartient à au moins une promotion (champ « promotions »).");
        var numeros = new List<int>();
        foreach (var p in promotions)
            numeros.Add(int.TryParse(p, out var n) ? n : throw champs.Erreur("promotions", $"« {p} » n'est pas un numéro de promotion."));
        var premiere = numeros[0];
        var promotion = db.Promotions.Local.FirstOrDefault(x => x.Numero == premiere)
                        ?? await db.Promotions.FirstOrDefaultAsync(x => x.Numero == premiere, ct)
                        ?? throw champs.Erreur("promotions", $"la promotion {premiere} n'existe pas : importez-la (dossier promotions) ou créez-la d'abord.");
        var chiffres = new JsonArray();
        foreach (var c in champs.Tableau("key_figures") ?? [])
        {
            if (c is not JsonObject o || o["amount"] is not JsonValue || o["description"] is not JsonValue)
                throw champs.Erreur("key_figures", "chaque chiffre clé a un montant (amount) et une description.");
            chiffres.Add(new JsonObject { ["amount"] = o["amount"]!.ToString(), ["description"] = o["description"]!.ToString() });
        }
        var d = await db.Defis.FirstOrDefaultAsync(x => x.Fichier == relatif, ct)
                ?? await db.Defis.FirstOrDefaultAsync(x => x.Slug == slug && x.Fichier == null, ct);
        if (d is null) db.Defis.Add(d = new Defi());
        d.Fichier = relatif;
        d.Slug = slug;
        d.Titre = titre;
        d.Resume = champs.Texte("description") ?? "";
        d.Administration = champs.Texte("administration") ?? "";
        d.Lieu = champs.Texte("place");
        d.Ville = champs.Texte("town");
        d.Themes = ListeSlugs.Ecrire(champs.Liste("themes"));
        d.Expertises = ListeSlugs.Ecrire(champs.Liste("expertises"));
        d.Promotions = ListeSlugs.Ecrire(numeros.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        d.PromotionId = promotion.Id;
        d.Date = champs.Date("date");
        d.Image = champs.Texte("image");
        d.Publie = champs.Booleen("visible", defaut: true);
        d.StartupEtat = champs.Booleen("is_startup");
        d.StartupUrl = champs.Texte("startup_url");
        d.CodeSourceUrl = champs.Texte("source_code");
        d.SiteWeb = champs.Texte("website");
        d.ChiffresCles = Json(chiffres);
        d.Corps = doc.Corps;
        var extras = champs.Restants();
        d.Extras = Json(extras);
        d.Version = Guid.NewGuid();
        return new Effet(slug, Noms(extras));
    }

    private async Task<Effet> PersonneAsync(FrontMatterDocument doc, Champs champs, string relatif, DateTime maintenant, CancellationToken ct)
    {
        var slug = SlugDe(champs, relatif);
        var nom = champs.Texte("name", obligatoire: true)!;
        var roleTexte = champs.Texte("role") ?? "participant";
        if (!Personne.RolesFichier.TryGetValue(roleTexte, out var role))
            throw champs.Erreur("role", $"rôle « {roleTexte} » inconnu (attendu : {string.Join(", ", Personne.RolesFichier.Keys)}).");
        var p = await db.Personnes.FirstOrDefaultAsync(x => x.Fichier == relatif, ct);
        if (p is null) db.Personnes.Add(p = new Personne { Fichier = relatif });
        p.Slug = slug;
        p.Nom = nom;
        p.Poste = champs.Texte("job");
        p.Description = champs.Texte("description");
        p.Promotions = ListeSlugs.Ecrire(champs.Liste("promotions"));
        p.Role = role;
        p.Defis = ListeSlugs.Ecrire(champs.Liste("defis"));
        p.Expertises = ListeSlugs.Ecrire(champs.Liste("expertises"));
        p.Image = champs.Texte("image");
        p.LinkedIn = champs.Texte("linkedin");
        p.GitHub = champs.Texte("github");
        p.ConsentementProfilPublic = champs.Booleen("public_profile");
        p.Corps = doc.Corps;
        var extras = champs.Restants();
        p.Extras = Json(extras);
        p.ModifieLe = maintenant;
        p.Version = Guid.NewGuid();
        return new Effet(slug, Noms(extras));
    }

    private async Task<Effet> ArticleAsync(FrontMatterDocument doc, Champs champs, string relatif, DateTime maintenant, CancellationToken ct)
    {
        string titre, corps;
        if (doc.AvaitFrontMatter)
        {
            titre = champs.Texte("title", obligatoire: true)!;
            corps = doc.Corps;
        }
        else
        {
            // The program's plain-text news: the first non-empty line is the title, the rest the body.
            var lignes = doc.Corps.Split('\n');
            var i = Array.FindIndex(lignes, l => l.Trim().Length > 0);
            if (i < 0) throw new ContentFormatException(relatif, null, "le fichier est vide.");
            titre = lignes[i].Trim();
            corps = string.Join('\n', lignes[(i + 1)..]).Trim('\n');
        }
        var slug = doc.AvaitFrontMatter ? SlugDe(champs, relatif) : Champs.Slugifier(titre);
        var a = await db.Articles.FirstOrDefaultAsync(x => x.Fichier == relatif, ct);
        if (a is null) db.Articles.Add(a = new Article { Fichier = relatif });
        a.Slug = slug;
        a.Titre = titre;
        a.TexteBrut = !doc.AvaitFrontMatter;
        a.Auteur = champs.Texte("author");
        a.Date = champs.Date("date");
        a.Description = champs.Texte("description");
        a.Image = champs.Texte("image");
        a.Categories = ListeSlugs.Ecrire(champs.Liste("categories"));
        var lies = champs.Liste("related");
        try { a.DefinirArticlesLies(lies); }
        catch (DomainException ex) { throw champs.Erreur("related", ex.Message); }
        a.Corps = corps;
        var extras = champs.Restants();
        a.Extras = Json(extras);
        a.ModifieLe = maintenant;
        if (champs.Booleen("draft")) a.Depublier(); else a.Publier(maintenant);
        return new Effet(slug, Noms(extras));
    }

    private async Task<Effet> PageAsync(FrontMatterDocument doc, string relatif, DateTime maintenant, List<string> remarques, CancellationToken ct)
    {
        var champs = new Champs(doc, relatif);
        var layout = champs.Texte("layout") ?? Layouts.Page;
        if (!Layouts.Existe(layout))
            throw champs.Erreur("layout", $"mise en page « {layout} » inconnue (attendu : program, admins, candidates ou page).");
        var titre = champs.Texte("title", obligatoire: true)!.Trim();
        champs.Booleen("open");
        var slug = Champs.Slugifier(Path.GetFileNameWithoutExtension(relatif));
        var adresse = champs.Texte("url") is { Length: > 0 } u ? u.Trim() : PageContenu.AdresseParDefaut(layout, slug);
        if (!adresse.StartsWith('/') || adresse.StartsWith("//", StringComparison.Ordinal) || adresse.Contains("..", StringComparison.Ordinal))
            throw champs.Erreur("url", $"l'adresse « {adresse} » doit être un chemin du site commençant par « / ».");
        if (adresse.Length > 1) adresse = adresse.TrimEnd('/');
        var seo = doc.Donnees["seo"] as JsonObject;

        var p = await db.Pages.FirstOrDefaultAsync(x => x.Fichier == relatif, ct);
        if (p is null) db.Pages.Add(p = new PageContenu { Fichier = relatif });
        p.Adresse = adresse.ToLowerInvariant();
        p.Titre = titre;
        p.Layout = layout;
        p.FrontMatter = Json(doc.Donnees);
        p.Corps = doc.Corps;
        p.DescriptionSeo = (seo?["description"] as JsonValue)?.ToString() ?? (doc.Donnees["description"] as JsonValue)?.ToString();
        p.ImageOg = (seo?["image"] as JsonValue)?.ToString() ?? (doc.Donnees["image"] as JsonValue)?.ToString();
        p.ModifieLe = maintenant;
        p.Publier(maintenant);

        // One published page per address: the file imported last takes it, the other goes back to draft.
        var autres = await db.Pages.Where(x => x.Adresse == p.Adresse && x.Statut == StatutPublication.Publie && x.Fichier != relatif).ToListAsync(ct);
        foreach (var autre in autres)
        {
            autre.Depublier();
            remarques.Add($"{relatif} prend l'adresse {p.Adresse} : {autre.Fichier} repasse en brouillon.");
        }
        return new Effet("page:" + p.Adresse + ":" + relatif, Layouts.ChampsInconnus(layout, doc.Donnees));
    }
}
