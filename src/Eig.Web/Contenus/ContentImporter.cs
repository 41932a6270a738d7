using System.Text.Json;
using System.Text.Json.Nodes;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Promotions;
using Eig.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus;

/// <summary>
/// Imports a folder of the program's site as its Netlify CMS writes it (<see cref="CmsFormat"/>: a checkout of
/// the former site, its <c>site/content</c> folder, or a folder in the project's own names). Every file is
/// accounted for: imported, refused with its reason (a YAML error names its line) or ignored with its reason.
/// Each file is imported in its own transaction, so one bad file never leaves half of itself nor stops the others.
/// Relations (themes, expertises, promotions, a person's défis, an article's related articles) are the CMS's
/// titles: they are matched by title or slug, trimmed and case-insensitive, and every value that matches nothing
/// is listed. Re-importing updates in place: a record is found by its file, else by its slug.
/// </summary>
public sealed partial class ContentImporter(EigDbContext db, IClock clock, IAuditLog audit, Site.CachePublic cache,
    Site.RedirectionsAnciennes redirections, MediaImporter medias)
{
    public static readonly string[] Collections = CmsFormat.Ordre;

    private sealed record Lu(string Relatif, string? Collection, FrontMatterDocument? Doc, string? Raison, bool Refus);

    private sealed class Contexte
    {
        public required Index Index { get; init; }
        public List<string> Relations { get; } = [];
        public List<string> Remarques { get; } = [];
    }

    private sealed record Effet(string? Slug, IReadOnlyList<string> Inconnus, string? AncienneAdresse = null, string? Adresse = null);

    public async Task<ImportRapport> ImporterAsync(string dossier, CancellationToken ct = default)
    {
        if (!Directory.Exists(dossier)) throw new DomainException($"Le dossier « {dossier} » n'existe pas.");
        var racine = CmsFormat.RacineContenu(dossier);
        var maintenant = clock.UtcNow;
        var fichiers = new List<FichierRapport>();
        var erreurs = new List<ContentFormatException>();
        var inconnus = new List<string>();
        var slugsVus = new HashSet<string>(StringComparer.Ordinal);
        var nbRedirections = 0;

        // Read every file first: the titles of the whole folder are known before any relation is resolved.
        var lus = new List<Lu>();
        foreach (var chemin in Directory.EnumerateFiles(racine, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relatif = Path.GetRelativePath(racine, chemin).Replace('\\', '/');
            if (relatif.Split('/').Any(p => p.StartsWith('.')) && !Path.GetFileName(relatif).StartsWith('.'))
            {
                lus.Add(new Lu(relatif, null, null, "dans un dossier caché", false));
                continue;
            }
            var (collection, raison) = CmsFormat.Classer(relatif, aFrontMatter: true);
            if (collection is null) { lus.Add(new Lu(relatif, null, null, raison, false)); continue; }
            try
            {
                var doc = FrontMatterDocument.Lire(await File.ReadAllTextAsync(chemin, ct), relatif);
                if (relatif.Split('/').Length == 1 && !doc.AvaitFrontMatter && !CmsFormat.Pages.ContainsKey(relatif)) collection = "";
                lus.Add(new Lu(relatif, collection, doc, null, false));
            }
            catch (ContentFormatException ex)
            {
                erreurs.Add(ex);
                lus.Add(new Lu(relatif, collection, null, ex.Message, true));
            }
        }

        var ctx = new Contexte { Index = await Index.ChargerAsync(db, lus.Where(l => l.Doc is not null).Select(l => (l.Relatif, l.Collection!, l.Doc!)), ct) };
        var ordre = lus.OrderBy(l => l.Doc is null ? -1 : Rang(l.Collection)).ThenBy(l => l.Relatif, StringComparer.Ordinal);
        foreach (var lu in ordre)
        {
            if (lu.Doc is null)
            {
                fichiers.Add(new FichierRapport(lu.Relatif, lu.Refus ? IssueFichier.Refuse : IssueFichier.Ignore, lu.Collection, lu.Raison));
                continue;
            }
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var effet = await AppliquerAsync(lu.Collection!, lu.Relatif, lu.Doc, maintenant, ctx, ct);
                if (effet.Slug is not null && !slugsVus.Add(lu.Collection + ":" + effet.Slug))
                    throw new ContentFormatException(lu.Relatif, null, $"un autre fichier du dossier porte déjà l'identifiant « {effet.Slug} ».");
                await db.SaveChangesAsync(ct);
                if (effet is { AncienneAdresse: { } ancienne, Adresse: { } adresse } && !CmsFormat.MemeAdresse(ancienne, adresse)
                    && await Site.RedirectionsAnciennes.EnregistrerAsync(db, ancienne, adresse, maintenant, ct))
                    nbRedirections++;
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                // Saved: what the next files need is read again (promotions, redirections), and every later save
                // compares only its own file's entities instead of the whole folder's (quadratic otherwise).
                db.ChangeTracker.Clear();
                inconnus.AddRange(effet.Inconnus.Select(c => $"{lu.Relatif} : {c}"));
                ctx.Remarques.AddRange(lu.Doc.Remarques.Select(r => $"{lu.Relatif} : {r}"));
                fichiers.Add(new FichierRapport(lu.Relatif, IssueFichier.Importe, lu.Collection, null));
            }
            catch (Exception ex) when (ex is ContentFormatException or DomainException or DbUpdateException)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                var erreur = ex switch
                {
                    ContentFormatException f => f,
                    DbUpdateException d => new ContentFormatException(lu.Relatif, null, "refusé par la base de données (" + (d.InnerException ?? d).Message.Split('\n')[0] + ")."),
                    _ => new ContentFormatException(lu.Relatif, null, ex.Message),
                };
                erreurs.Add(erreur);
                fichiers.Add(new FichierRapport(lu.Relatif, IssueFichier.Refuse, lu.Collection, erreur.Message));
            }
        }

        ImagesRapport? images = null;
        if (CmsFormat.DossierImages(dossier) is { } img) images = await medias.ImporterDossierAsync(img, ct);
        else if (racine == dossier && Directory.Exists(Path.Combine(dossier, "img"))) images = await medias.ImporterDossierAsync(Path.Combine(dossier, "img"), ct);

        var importes = fichiers.Count(f => f.Issue == IssueFichier.Importe);
        audit.Enregistrer("contenus.import", "Contenus", null,
            $"{Fr.Nombre(importes, "fichier importé", "fichiers importés")}, {Fr.Nombre(erreurs.Count, "refusé", "refusés")}, {Fr.Nombre(fichiers.Count(f => f.Issue == IssueFichier.Ignore), "ignoré", "ignorés")} depuis {Path.GetFileName(dossier)}");
        await db.SaveChangesAsync(ct);
        redirections.Vider();
        await cache.ViderAsync(ct);
        return new ImportRapport(importes, erreurs, inconnus, ctx.Remarques)
        {
            Fichiers = fichiers,
            Relations = ctx.Relations,
            Redirections = nbRedirections,
            Images = images,
        };
    }

    private static int Rang(string? collection) => collection is null or "" ? CmsFormat.Ordre.Length : Array.IndexOf(CmsFormat.Ordre, collection);

    /// <summary>The back office's save of one record edited as its file: same reading and checks as the import.
    /// Returns the fields kept but not shown. Nothing is saved here: the caller saves with its revision.</summary>
    public async Task<IReadOnlyList<string>> AppliquerFichierAsync(string collection, string relatif, string texte, CancellationToken ct = default)
    {
        var doc = FrontMatterDocument.Lire(texte.Replace("\r\n", "\n", StringComparison.Ordinal), relatif);
        var ctx = new Contexte { Index = await Index.ChargerAsync(db, [(relatif, collection, doc)], ct) };
        var effet = await AppliquerAsync(collection, relatif, doc, clock.UtcNow, ctx, ct);
        if (ctx.Relations.Count > 0)
            throw new ContentFormatException(relatif, null, "sans correspondance : " + string.Join(" ; ", ctx.Relations.Select(r => r[(relatif.Length + 3)..])));
        return effet.Inconnus;
    }

    private async Task<Effet> AppliquerAsync(string collection, string relatif, FrontMatterDocument doc, DateTime maintenant, Contexte ctx, CancellationToken ct)
    {
        var champs = new Champs(doc, relatif);
        return collection switch
        {
            "themes" => await TaxonAsync(TypeTaxon.Theme, collection, champs, relatif, ct),
            "expertises" => await TaxonAsync(TypeTaxon.Expertise, collection, champs, relatif, ct),
            "categories" => await TaxonAsync(TypeTaxon.Categorie, collection, champs, relatif, ct),
            "promotions" => await PromotionAsync(champs, relatif, ctx, ct),
            "defis" => await DefiAsync(doc, champs, relatif, ctx, ct),
            "personnes" => await PersonneAsync(doc, champs, relatif, maintenant, ctx, ct),
            "articles" => await ArticleAsync(doc, champs, relatif, maintenant, ctx, ct),
            "" => await ArticleAsync(doc, champs, relatif, maintenant, ctx, ct),
            _ => await PageAsync(doc, relatif, maintenant, ctx.Remarques, ct),
        };
    }

    private static string SlugDe(Champs champs, string relatif) =>
        champs.Texte("slug") is { Length: > 0 } s ? Slug.De(s) : Slug.De(Path.GetFileNameWithoutExtension(relatif));

    private static List<string> Noms(JsonObject extras) => [.. extras.Select(kv => kv.Key)];

    /// <summary>A date written otherwise than as a day ("2022", "2021-02-01T10:00:00.000Z") is kept as written, for
    /// the export to give it back unchanged.</summary>
    private static void GarderFormeDate(Champs champs, JsonObject extras)
    {
        if (champs.TexteBrut("date") is { } brut && !System.Text.RegularExpressions.Regex.IsMatch(brut, @"^\d{4}-\d{2}-\d{2}$"))
            extras["date"] = brut;
    }

    private static string Json(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });

    /// <summary>Relation values to slugs; a value that matches nothing is listed and left out.</summary>
    private static List<string> Relier(Contexte ctx, string collection, string relatif, string champ, IReadOnlyList<string> valeurs)
    {
        var slugs = new List<string>();
        foreach (var v in valeurs)
        {
            if (string.IsNullOrWhiteSpace(v)) continue;
            if (ctx.Index.Trouver(collection, v) is { } s) slugs.Add(s);
            else ctx.Relations.Add($"{relatif} : {champ} « {v.Trim()} » ne correspond à aucun {Libelle(collection)}");
        }
        return slugs;
    }

    private static string Libelle(string collection) => collection switch
    {
        "themes" => "thème", "expertises" => "expertise", "categories" => "catégorie", "promotions" => "promotion",
        "defis" => "défi", "articles" => "article", _ => "élément",
    };

    private async Task<Effet> TaxonAsync(TypeTaxon type, string collection, Champs champs, string relatif, CancellationToken ct)
    {
        var slug = SlugDe(champs, relatif);
        var nom = champs.Texte("title", obligatoire: true)!.Trim();
        var description = champs.Texte("description");
        var extras = champs.Restants();
        var t = await db.Taxons.FirstOrDefaultAsync(x => x.Fichier == relatif, ct)
                ?? await db.Taxons.FirstOrDefaultAsync(x => x.Type == type && x.Slug == slug, ct);
        if (t is null) db.Taxons.Add(t = new Taxon());
        t.Fichier = relatif;
        t.Type = type;
        t.Slug = slug;
        t.Nom = nom;
        t.Description = description;
        t.Extras = Json(extras);
        return new Effet(slug, Noms(extras), CmsFormat.AncienneAdresse(relatif, null), CmsFormat.Adresse(collection, slug));
    }

    /// <summary>A promotion file: the CMS's <c>title</c> ("Promotion 3 - DIG") or the project's number/year.</summary>
    private async Task<Effet> PromotionAsync(Champs champs, string relatif, Contexte ctx, CancellationToken ct)
    {
        int numero, annee;
        var libelle = "";
        var titre = champs.Texte("title");
        if (champs.Present("number"))
        {
            numero = champs.Entier("number", obligatoire: true)!.Value;
            libelle = champs.Texte("label")?.Trim() ?? "";
            annee = champs.Entier("year") ?? Promotion.AnneeProbable(numero);
        }
        else
        {
            var lu = Promotion.LireTitre(titre) ?? throw champs.Erreur("title",
                titre is null ? "le champ « title » est obligatoire (par exemple « Promotion 3 »)." : $"« {titre} » ne donne pas de numéro de promotion (attendu : « Promotion 3 », « Promotion 3 - DIG »).");
            (numero, libelle) = (lu.Numero, lu.Libelle);
            annee = champs.Entier("year") ?? lu.Annee ?? Promotion.AnneeProbable(numero);
            if (lu.Annee is null && !champs.Present("year"))
                ctx.Remarques.Add($"{relatif} : année de « {titre!.Trim()} » déduite du numéro ({annee}).");
        }
        var debut = champs.Date("start") ?? new DateOnly(annee, 9, 1);
        var fin = champs.Date("end") ?? new DateOnly(annee + 1, 6, 30);
        if (fin < debut) throw champs.Erreur("end", "la fin de la promotion précède son début.");
        var extras = champs.Restants();
        var p = await TrouverPromotionAsync(numero, libelle, ct);
        if (p is null) db.Promotions.Add(p = new Promotion { Numero = numero, Libelle = libelle });
        p.Annee = annee;
        p.Debut = debut;
        p.Fin = fin;
        // The title as written (spacing, "Promo 3") is kept so the export gives the CMS back its own value.
        if (titre is not null && titre != p.Titre) extras["title"] = titre;
        p.Extras = extras.Count == 0 ? null : Json(extras);
        p.MarquerPublieeALImport(clock.UtcNow);
        return new Effet("promotion-" + p.Cle, Noms(extras).Where(n => n != "title").ToList(),
            CmsFormat.AncienneAdresse(relatif, null), CmsFormat.Adresse("promotions", p.Cle));
    }

    private async Task<Promotion?> TrouverPromotionAsync(int numero, string libelle, CancellationToken ct) =>
        db.Promotions.Local.FirstOrDefault(x => x.Numero == numero && x.Libelle == libelle)
        ?? await db.Promotions.FirstOrDefaultAsync(x => x.Numero == numero && x.Libelle == libelle, ct);

    /// <summary>A défi's promotions: matched by title; a title no file defines but that reads as a promotion
    /// ("Promotion 4") creates it, as the former site showed it anyway.</summary>
    private async Task<List<Promotion>> PromotionsAsync(Contexte ctx, Champs champs, string relatif, IReadOnlyList<string> valeurs, CancellationToken ct)
    {
        var r = new List<Promotion>();
        foreach (var v in valeurs.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            var lu = ctx.Index.Promotion(v) ?? Promotion.LireTitre(v);
            if (lu is null)
            {
                ctx.Relations.Add($"{relatif} : promos « {v.Trim()} » ne correspond à aucune promotion");
                continue;
            }
            var p = await TrouverPromotionAsync(lu.Value.Numero, lu.Value.Libelle, ct);
            if (p is null)
            {
                var annee = lu.Value.Annee ?? Promotion.AnneeProbable(lu.Value.Numero);
                db.Promotions.Add(p = new Promotion
                {
                    Numero = lu.Value.Numero, Libelle = lu.Value.Libelle, Annee = annee,
                    Debut = new DateOnly(annee, 9, 1), Fin = new DateOnly(annee + 1, 6, 30),
                });
                ctx.Remarques.Add($"{relatif} : promotion « {v.Trim()} » créée d'après son titre (aucun fichier promos ne la définit).");
            }
            if (!r.Contains(p)) r.Add(p);
        }
        return r;
    }

    private async Task<Effet> DefiAsync(FrontMatterDocument doc, Champs champs, string relatif, Contexte ctx, CancellationToken ct)
    {
        var slug = SlugDe(champs, relatif);
        var titre = champs.Texte("title", obligatoire: true)!.Trim();
        var promotions = await PromotionsAsync(ctx, champs, relatif, champs.ListeDe("promos", "promotions"), ct);
        if (promotions.Count == 0)
            throw champs.Erreur(champs.Present("promos") ? "promos" : "promotions", "un défi appartient à au moins une promotion (champ « promos »), et aucune n'a été reconnue.");
        if (promotions.Any(p => p.Id == default)) await db.SaveChangesAsync(ct);
        var chiffres = new JsonArray();
        foreach (var c in champs.Tableau("key_figures") ?? [])
        {
            if (c is not JsonObject o || o["amount"] is not JsonValue || o["description"] is not JsonValue)
                throw champs.Erreur("key_figures", "chaque chiffre clé a un montant (amount) et une description.");
            chiffres.Add(new JsonObject { ["amount"] = o["amount"]!.ToString(), ["description"] = o["description"]!.ToString() });
        }
        var d = await db.Defis.FirstOrDefaultAsync(x => x.Fichier == relatif, ct)
                ?? await db.Defis.FirstOrDefaultAsync(x => x.Slug == slug, ct);
        if (d is null) db.Defis.Add(d = new Defi());
        d.Fichier = relatif;
        d.Slug = slug;
        d.Titre = titre;
        d.Resume = champs.Texte("description")?.Trim() ?? "";
        d.Administration = champs.TexteDe("who", "administration")?.Trim() ?? "";
        d.Lieu = champs.Texte("place");
        d.Ville = champs.Texte("town");
        d.Themes = ListeSlugs.Ecrire(Relier(ctx, "themes", relatif, "themes", champs.Liste("themes")));
        d.Expertises = ListeSlugs.Ecrire(Relier(ctx, "expertises", relatif, "expertises", champs.Liste("expertises")));
        d.Promotions = ListeSlugs.Ecrire(promotions.Select(p => p.Cle));
        d.PromotionId = promotions[0].Id;
        d.Date = champs.Date("date");
        d.Image = champs.Texte("image");
        var og = champs.Texte("ogImage");
        d.Publie = champs.Booleen("visible", defaut: true);
        d.StartupEtat = champs.BooleenDe("isSET", "is_startup") ?? false;
        d.StartupUrl = champs.TexteDe("urlSET", "startup_url");
        d.CodeSourceUrl = champs.Texte("source_code");
        d.SiteWeb = champs.Texte("website");
        d.ChiffresCles = Json(chiffres);
        d.Corps = doc.Corps;
        var extras = champs.Restants();
        var affiches = Noms(extras);
        // The sharing image has no column: it travels with the other fields and the page reads it from there.
        if (og is not null) extras["ogImage"] = og;
        GarderFormeDate(champs, extras);
        d.Extras = Json(extras);
        d.Version = Guid.NewGuid();
        return new Effet(slug, affiches, CmsFormat.AncienneAdresse(relatif, champs.Texte("url")), CmsFormat.Adresse("defis", slug));
    }

    private async Task<Effet> PersonneAsync(FrontMatterDocument doc, Champs champs, string relatif, DateTime maintenant, Contexte ctx, CancellationToken ct)
    {
        var slug = SlugDe(champs, relatif);
        var nom = champs.TexteDe("title", "name")?.Trim();
        if (string.IsNullOrEmpty(nom)) throw champs.Erreur("title", "le champ « title » (le nom de la personne) est obligatoire.");
        var roleTexte = champs.Texte("role")?.Trim() ?? "participant";
        if (!Personne.RolesFichier.TryGetValue(roleTexte, out var role))
            throw champs.Erreur("role", $"rôle « {roleTexte} » inconnu (attendu : {string.Join(", ", Personne.RolesFichier.Keys)}).");
        var p = await db.Personnes.FirstOrDefaultAsync(x => x.Fichier == relatif, ct)
                ?? await db.Personnes.FirstOrDefaultAsync(x => x.Slug == slug, ct);
        var nouvelle = p is null;
        if (p is null) db.Personnes.Add(p = new Personne());
        p.Fichier = relatif;
        p.Slug = slug;
        p.Nom = nom;
        p.Poste = champs.Texte("job")?.Trim();
        p.Description = champs.TexteDe("desc", "description");
        p.Promotions = ListeSlugs.Ecrire((await PromotionsAsync(ctx, champs, relatif, champs.ListeDe("promos", "promotions"), ct)).Select(x => x.Cle));
        p.Role = role;
        p.Defis = ListeSlugs.Ecrire(Relier(ctx, "defis", relatif, "defis", champs.Liste("defis")));
        p.Expertises = ListeSlugs.Ecrire(Relier(ctx, "expertises", relatif, "expertises", champs.Liste("expertises")));
        p.Image = champs.Texte("image");
        p.LinkedIn = champs.Texte("linkedin");
        p.GitHub = champs.Texte("github");
        p.Poids = champs.Entier("weight");
        // The former site showed everyone it listed: so does this one, unless the file or staff say otherwise.
        if (champs.BooleenDe("public_profile") is { } visible) p.ConsentementProfilPublic = visible;
        else if (nouvelle) p.ConsentementProfilPublic = true;
        p.Corps = doc.Corps;
        var extras = champs.Restants();
        p.Extras = Json(extras);
        p.ModifieLe = maintenant;
        p.Version = Guid.NewGuid();
        return new Effet(slug, Noms(extras), CmsFormat.AncienneAdresse(relatif, champs.Texte("url")), CmsFormat.Adresse("personnes", slug));
    }

    private async Task<Effet> ArticleAsync(FrontMatterDocument doc, Champs champs, string relatif, DateTime maintenant, Contexte ctx, CancellationToken ct)
    {
        string titre, corps;
        if (doc.AvaitFrontMatter)
        {
            titre = champs.Texte("title", obligatoire: true)!.Trim();
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
        var slug = doc.AvaitFrontMatter ? SlugDe(champs, relatif) : Slug.De(titre);
        var a = await db.Articles.FirstOrDefaultAsync(x => x.Fichier == relatif, ct)
                ?? await db.Articles.FirstOrDefaultAsync(x => x.Slug == slug, ct);
        if (a is null) db.Articles.Add(a = new Article());
        a.Fichier = relatif;
        a.Slug = slug;
        a.Titre = titre;
        a.TexteBrut = !doc.AvaitFrontMatter;
        a.Auteur = champs.Texte("author")?.Trim();
        a.Date = champs.Date("date");
        a.Description = champs.Texte("description");
        a.Image = champs.Texte("image");
        a.Categories = ListeSlugs.Ecrire(Relier(ctx, "categories", relatif, "categories", champs.Liste("categories")));
        var lies = Relier(ctx, "articles", relatif, "related", champs.Liste("related")).Where(s => s != slug).Distinct().ToList();
        try { a.DefinirArticlesLies(lies); }
        catch (DomainException ex) { throw champs.Erreur("related", ex.Message); }
        a.Corps = corps;
        var visible = champs.Booleen("visible", defaut: true);
        var brouillon = champs.Booleen("draft");
        var extras = champs.Restants();
        a.ModifieLe = maintenant;
        // Hidden on the former site (the CMS's filter on visible) or a draft: not published here.
        if (brouillon || !visible) a.Depublier(); else a.Publier(maintenant);
        var affiches = Noms(extras);
        GarderFormeDate(champs, extras);
        a.Extras = Json(extras);
        return new Effet(slug, affiches,
            doc.AvaitFrontMatter ? CmsFormat.AncienneAdresse(relatif, champs.Texte("url")) : null, CmsFormat.Adresse("articles", slug));
    }

    private async Task<Effet> PageAsync(FrontMatterDocument doc, string relatif, DateTime maintenant, List<string> remarques, CancellationToken ct)
    {
        var champs = new Champs(doc, relatif);
        var cms = CmsFormat.Pages.TryGetValue(relatif, out var c) ? c : ((string Layout, string Adresse)?)null;
        var layout = champs.Texte("layout")?.Trim() ?? cms?.Layout ?? Layouts.Page;
        if (!Layouts.Existe(layout))
            throw champs.Erreur("layout", $"mise en page « {layout} » inconnue (attendu : {string.Join(", ", Layouts.Noms)}).");
        // The CMS's home and directory pages have no title of their own: they take the page's usual name.
        var titre = (cms is null ? champs.Texte("title", obligatoire: true) : champs.Texte("title"))?.Trim();
        if (string.IsNullOrEmpty(titre)) titre = Layouts.TitreParDefaut(layout, relatif);
        champs.Booleen("open");
        var slug = Slug.De(Path.GetFileNameWithoutExtension(relatif));
        var url = champs.Texte("url");
        var adresse = url is { Length: > 0 } u ? u.Trim() : cms?.Adresse ?? PageContenu.AdresseParDefaut(layout, slug);
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
        p.ImageOg = (seo?["image"] as JsonValue)?.ToString() ?? (doc.Donnees["ogImage"] as JsonValue)?.ToString() ?? (doc.Donnees["image"] as JsonValue)?.ToString();
        p.ModifieLe = maintenant;
        p.Publier(maintenant);

        // One published page per address: the file imported last takes it, the other goes back to draft.
        var autres = await db.Pages.Where(x => x.Adresse == p.Adresse && x.Statut == StatutPublication.Publie && x.Fichier != relatif).ToListAsync(ct);
        foreach (var autre in autres)
        {
            autre.Depublier();
            remarques.Add($"{relatif} prend l'adresse {p.Adresse} : {autre.Fichier} repasse en brouillon.");
        }
        // The former site's address of a page file (not of the project's pages/ folder nor of a seed .txt).
        var ancienne = cms is not null || (url is null && (relatif.StartsWith("participer/", StringComparison.Ordinal)
                                                           || (!relatif.Contains('/') && relatif.EndsWith(".md", StringComparison.OrdinalIgnoreCase))))
            ? CmsFormat.AncienneAdresse(relatif, null) : null;
        return new Effet("page:" + p.Adresse + ":" + relatif, Layouts.ChampsInconnus(layout, doc.Donnees), ancienne, p.Adresse);
    }
}
