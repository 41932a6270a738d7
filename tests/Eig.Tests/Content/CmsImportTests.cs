using System.Net;
using System.Text.Json.Nodes;
using Eig.Tests.Support;
using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Content;

/// <summary>The import of a folder written by the program's Netlify CMS (Fixtures/site-cms), collection by
/// collection as netlify-cms-config.yml defines them.</summary>
public class CmsImportTests(CmsImportTests.Importe site) : IClassFixture<CmsImportTests.Importe>
{
    /// <summary>One factory with the fixture imported once (the tests only read).</summary>
    public sealed class Importe : IAsyncLifetime
    {
        public EigWebFactory Factory { get; } = new();
        public ImportRapport Rapport { get; private set; } = default!;

        public async ValueTask InitializeAsync() => Rapport = await Factory.ImporterAsync(CmsFixtures.Racine);

        public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
    }

    private EigWebFactory F => site.Factory;
    private ImportRapport R => site.Rapport;

    [Fact]
    public void Import_EveryFileOfTheFolder_IsAccountedFor()
    {
        Assert.Equal(CmsFixtures.FichiersDeContenu().Order(StringComparer.Ordinal), R.Fichiers.Select(f => f.Fichier).Order(StringComparer.Ordinal));
        Assert.All(R.Fichiers.Where(f => f.Issue != IssueFichier.Importe), f => Assert.False(string.IsNullOrWhiteSpace(f.Raison)));
        var refus = Assert.Single(R.Fichiers, f => f.Issue == IssueFichier.Refuse);
        Assert.Equal("defis/yaml-casse.md", refus.Fichier);
        var erreur = Assert.Single(R.Erreurs);
        Assert.Equal("defis/yaml-casse.md", erreur.Fichier);
        Assert.NotNull(erreur.Ligne);
        Assert.Contains("ligne", erreur.Message);
        Assert.Contains(R.Fichiers, f => f is { Fichier: "notes.json", Issue: IssueFichier.Ignore });
        Assert.Contains(R.Fichiers, f => f.Fichier == "archives/vieux.md" && f.Issue == IssueFichier.Ignore && f.Raison!.Contains("archives"));
        Assert.Equal(R.Fichiers.Count - 3, R.Importes);
        Assert.Contains(R.Lignes(), l => l.StartsWith($"{R.Fichiers.Count}\u00a0fichiers lus : {R.Importes}\u00a0importés, 1\u00a0refusé, 2\u00a0ignorés", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_Defi_ReadsTheCmsFieldNames()
    {
        var eau = await F.WithDbAsync(db => db.Defis.SingleAsync(d => d.Slug == "qualite-de-l-eau"));
        Assert.Equal("Agence régionale de santé Occitanie", eau.Administration);
        Assert.Equal("Direction de la santé publique", eau.Lieu);
        Assert.Equal("Montpellier", eau.Ville);
        Assert.Equal(new DateOnly(2022, 1, 1), eau.Date);
        Assert.True(eau.StartupEtat);
        Assert.Equal("https://beta.gouv.fr/startups/exemple-eau.html", eau.StartupUrl);
        Assert.Equal("img/defis/eau.svg", eau.Image);
        Assert.Equal("img/defis/eau-partage.png", JsonNode.Parse(eau.Extras)!["ogImage"]!.GetValue<string>());
        Assert.True(eau.Publie);
        // Relations by title, with stray spaces and another case.
        Assert.Equal(["sante", "environnement"], ListeSlugs.Lire(eau.Themes));
        Assert.Equal(["data-science"], ListeSlugs.Lire(eau.Expertises));
        Assert.Equal(["6"], ListeSlugs.Lire(eau.Promotions));
        Assert.Contains(R.Relations, r => r.StartsWith("defis/qualité-de-l-eau.md : expertises « Cartographie »", StringComparison.Ordinal));

        var patient = await F.WithDbAsync(db => db.Defis.SingleAsync(d => d.Slug == "parcours-patient"));
        Assert.Equal(["3-dig", "3"], ListeSlugs.Lire(patient.Promotions));
        Assert.Equal(["sante"], ListeSlugs.Lire(patient.Themes));
        Assert.False(patient.StartupEtat);
        Assert.Equal(new DateOnly(2019, 11, 20), patient.Date);
        Assert.False(await F.WithDbAsync(db => db.Defis.Where(d => d.Slug == "defi-cache").Select(d => d.Publie).SingleAsync()));
    }

    [Fact]
    public async Task Import_Promotions_ByTitle_KeepTheLabel()
    {
        var promos = await F.WithDbAsync(db => db.Promotions.OrderBy(p => p.Numero).ThenBy(p => p.Libelle).ToListAsync());
        Assert.Equal(["Promotion 3", "Promotion 3 - DIG", "Promotion 6"], promos.Select(p => p.Titre));
        Assert.Equal([2019, 2019, 2022], promos.Select(p => p.Annee));
    }

    [Fact]
    public async Task Import_People_NameFromTitle_TextFromDesc_OrderedByWeight_DuplicateKeyKeepsTheLast()
    {
        var alice = await F.WithDbAsync(db => db.Personnes.SingleAsync(p => p.Slug == "alice-martin"));
        Assert.Equal("Alice Martin", alice.Nom);
        Assert.Equal("Ancienne chercheuse en épidémiologie.", alice.Description);
        Assert.Equal(2, alice.Poids);
        Assert.Equal(["qualite-de-l-eau"], ListeSlugs.Lire(alice.Defis));
        Assert.Equal(["6"], ListeSlugs.Lire(alice.Promotions));
        Assert.True(alice.ConsentementProfilPublic);
        Assert.Contains(R.Relations, r => r.Contains("personnes/alice-martin.md : defis « Un défi qui n'existe pas »", StringComparison.Ordinal));

        var bruno = await F.WithDbAsync(db => db.Personnes.SingleAsync(p => p.Slug == "bruno-double"));
        Assert.Equal("Développeur full-stack", bruno.Poste);
        Assert.Equal(["parcours-patient"], ListeSlugs.Lire(bruno.Defis));
        Assert.Contains(R.Remarques, r => r.StartsWith("personnes/bruno-double.md : clé « job » écrite deux fois", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_Articles_FromBlog_WithCategoriesAndRelatedByTitle()
    {
        var appel = await F.WithDbAsync(db => db.Articles.SingleAsync(a => a.Slug == "appel-a-projets-2021"));
        Assert.Equal("L'équipe EIG", appel.Auteur);
        Assert.Equal(new DateOnly(2021, 2, 1), appel.Date);
        Assert.Equal(["appels"], ListeSlugs.Lire(appel.Categories));
        Assert.Equal(["lancement-promotion-6"], ListeSlugs.Lire(appel.ArticlesLies));
        Assert.Equal(StatutPublication.Publie, appel.Statut);
        Assert.Contains(R.Relations, r => r.Contains("categories « Une catégorie inconnue »", StringComparison.Ordinal));
        var lancement = await F.WithDbAsync(db => db.Articles.SingleAsync(a => a.Slug == "lancement-promotion-6"));
        Assert.Equal(["appel-a-projets-2021"], ListeSlugs.Lire(lancement.ArticlesLies));
        var cache = await F.WithDbAsync(db => db.Articles.SingleAsync(a => a.Slug == "brouillon-cache"));
        Assert.Equal(StatutPublication.Brouillon, cache.Statut);
        Assert.Equal(new DateOnly(2020, 1, 1), cache.Date);
    }

    [Fact]
    public async Task Import_Pages_TakeTheirAddresses()
    {
        var pages = await F.WithDbAsync(db => db.Pages.Where(p => p.Statut == StatutPublication.Publie).ToDictionaryAsync(p => p.Fichier, p => (p.Adresse, p.Layout)));
        Assert.Equal(("/", Layouts.Home), pages["_index.md"]);
        Assert.Equal(("/donnees-personnelles", Layouts.Page), pages["personal-data.md"]);
        Assert.Equal(("/accessibilite", Layouts.Page), pages["accessibilite.md"]);
        Assert.Equal(("/defis", Layouts.Impact), pages["defis/_index.md"]);
        Assert.Equal(("/participer/candidats/faq", Layouts.Faq), pages["participer/candidats/faq.md"]);
        Assert.Equal(("/equipe", Layouts.Team), pages["team.md"]);
    }

    [Fact]
    public async Task Import_Images_WholeFolder_SvgSanitized_OthersReported()
    {
        var images = R.Images!;
        Assert.Contains(images.Refusees, r => r.StartsWith("casse.png", StringComparison.Ordinal));
        Assert.Contains(images.Ignorees, r => r.StartsWith("logo.psd", StringComparison.Ordinal));
        Assert.Contains(images.Ignorees, r => r.StartsWith(".DS_Store", StringComparison.Ordinal));
        Assert.Equal(5, images.Importees);

        using var client = F.NewClient();
        using var svg = await client.GetAsync("/img/defis/eau.svg");
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", svg.Headers.GetValues("X-Content-Type-Options").Single());
        var texte = await svg.Content.ReadAsStringAsync();
        Assert.Contains("<circle", texte);
        Assert.Contains("url(#bleu)", texte);
        foreach (var interdit in new[] { "<script", "onload", "tracker.example.com", "javascript:", "foreignObject", "DOCTYPE" })
            Assert.DoesNotContain(interdit, texte, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/defis/qualit%C3%A9-de-l-eau/", "/defis/qualite-de-l-eau")]
    [InlineData("/defis/Qualité-de-l-eau", "/defis/qualite-de-l-eau")]
    [InlineData("/blog/appel-a-projets-2021/", "/actualites/appel-a-projets-2021")]
    [InlineData("/personal-data/", "/donnees-personnelles")]
    [InlineData("/cookies/", "/gestion-des-cookies")]
    [InlineData("/promos/promotion-3-dig/", "/defis?Filtres.Promotion=3-dig")]
    [InlineData("/themes/sante/", "/defis?Filtres.Theme=sante")]
    public async Task OldAddress_AnswersPermanentRedirect(string ancienne, string nouvelle)
    {
        using var client = F.NewClient();
        using var r = await client.GetAsync(ancienne);
        Assert.Equal(HttpStatusCode.MovedPermanently, r.StatusCode);
        Assert.Equal(nouvelle, r.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task OldAddress_OfAServicePage_IsNotRedirected()
    {
        using var client = F.NewClient();
        using var r = await client.GetAsync("/participer/candidats/postuler/");
        Assert.NotEqual(HttpStatusCode.MovedPermanently, r.StatusCode);
        var page = await F.WithDbAsync(db => db.Pages.SingleAsync(p => p.Fichier == "participer/candidats/postuler.md"));
        Assert.Equal("/participer/candidats/comment-postuler", page.Adresse);
    }

    [Fact]
    public async Task Visitor_SeesTheDefis_WithTheirAdministrationAndFilters()
    {
        using var client = F.NewClient();
        var liste = await EigWebFactory.GetDocumentAsync(client, "/defis");
        var titres = liste.QuerySelectorAll(".fr-card__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["Parcours patient simplifié", "Qualité de l'eau en temps réel"], titres.Order(StringComparer.Ordinal));
        Assert.Equal("Les défis d'intérêt général", liste.QuerySelector("h1")!.TextContent);
        Assert.Contains("Promotion 3 - DIG", liste.QuerySelectorAll("#Filtres_Promotion option, select[name='Filtres.Promotion'] option").Select(o => o.TextContent));

        var dig = await EigWebFactory.GetDocumentAsync(client, "/defis?Filtres.Promotion=3-dig");
        Assert.Equal(["Parcours patient simplifié"], dig.QuerySelectorAll(".fr-card__title").Select(t => t.TextContent.Trim()));
        var admin = await EigWebFactory.GetDocumentAsync(client, "/defis?Filtres.Administration=" + Uri.EscapeDataString("Agence régionale de santé Occitanie"));
        Assert.Equal(["Qualité de l'eau en temps réel"], admin.QuerySelectorAll(".fr-card__title").Select(t => t.TextContent.Trim()));

        var defi = await EigWebFactory.GetDocumentAsync(client, "/defis/qualite-de-l-eau");
        Assert.Contains("Agence régionale de santé Occitanie", defi.QuerySelector(".eig-fiche")!.TextContent);
        Assert.Contains("2022", defi.QuerySelector(".eig-fiche")!.TextContent);
        Assert.NotNull(defi.QuerySelector("figure.eig-video[data-eig-video^='https://www.dailymotion.com/embed/video/x8abcde']"));
        Assert.Equal("/defis", defi.QuerySelector("a.fr-icon-arrow-right-line")!.GetAttribute("href"));
        Assert.Contains("/img/defis/eau-partage.png", defi.QuerySelector("meta[property='og:image']")?.GetAttribute("content") ?? "");
        Assert.Equal("/personnes/alice-martin", defi.QuerySelector("a[href^='/personnes/']")!.GetAttribute("href"));

        using var cache = await client.GetAsync("/defis/defi-cache");
        Assert.Equal(HttpStatusCode.NotFound, cache.StatusCode);
    }

    [Fact]
    public async Task Visitor_SeesTheArticles_WithDateAuthorCategories()
    {
        using var client = F.NewClient();
        var liste = await EigWebFactory.GetDocumentAsync(client, "/actualites");
        var titres = liste.QuerySelectorAll("h2, h3").Select(t => t.TextContent.Trim()).ToList();
        Assert.Contains("L'appel à projets 2021 est ouvert", titres);
        Assert.Contains("Lancement de la promotion 6", titres);
        Assert.DoesNotContain("Un article retiré", liste.Body!.TextContent);

        var article = await EigWebFactory.GetDocumentAsync(client, "/actualites/appel-a-projets-2021");
        var texte = article.QuerySelector("main")!.TextContent;
        Assert.Contains("L'équipe EIG", texte);
        Assert.Contains("1 février 2021", texte);
        Assert.Contains("Appels à projets", texte);
        Assert.NotNull(article.QuerySelector("main br"));
        Assert.Equal("/participer/administrations", article.QuerySelector("a.fr-icon-arrow-right-line")!.GetAttribute("href"));
        Assert.NotNull(article.QuerySelector("figure.eig-video[data-eig-video^='https://www.dailymotion.com/embed/video/x7tgad0']"));
        Assert.DoesNotContain("{{", texte);
        Assert.DoesNotContain("&lt;", article.QuerySelector("main")!.InnerHtml);
        Assert.DoesNotContain("javascript:", article.QuerySelector("main")!.InnerHtml);
    }

    [Fact]
    public async Task Visitor_SeesEveryPersonTheOldSiteShowed()
    {
        using var client = F.NewClient();
        var talents = await EigWebFactory.GetDocumentAsync(client, "/talents");
        Assert.Equal(["Bruno Leroux", "Alice Martin"], talents.QuerySelectorAll(".fr-card__title").Select(t => t.TextContent.Trim()));
        Assert.Contains("Toutes les promotions depuis 2017.", talents.QuerySelector("main")!.TextContent);

        var alice = await EigWebFactory.GetDocumentAsync(client, "/personnes/alice-martin");
        Assert.Equal("Alice Martin", alice.QuerySelector("h1")!.TextContent);
        Assert.Contains("Qualité de l'eau en temps réel", alice.QuerySelector("main")!.TextContent);

        var agents = await EigWebFactory.GetDocumentAsync(client, "/agents");
        Assert.Equal(["Denis Garnier"], agents.QuerySelectorAll(".fr-card__title").Select(t => t.TextContent.Trim()));
        var equipe = await EigWebFactory.GetDocumentAsync(client, "/equipe");
        Assert.Contains("Chloé Lambert", equipe.QuerySelector("main")!.TextContent);
        Assert.Equal("L'équipe du programme", equipe.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ContentPage_AtABuiltInAddress_ReplacesItsText()
    {
        using var client = F.NewClient();
        var donnees = await EigWebFactory.GetDocumentAsync(client, "/donnees-personnelles");
        Assert.Contains("Texte du programme sur les données personnelles", donnees.QuerySelector("main")!.TextContent);
        Assert.NotNull(donnees.QuerySelector("#profil-public"));
        var access = await EigWebFactory.GetDocumentAsync(client, "/accessibilite");
        Assert.Equal("Schéma pluriannuel", access.QuerySelector("main h2")!.TextContent);
        var contact = await EigWebFactory.GetDocumentAsync(client, "/contact");
        Assert.Equal("Nous écrire", contact.QuerySelector("h1")!.TextContent);
        Assert.Contains("Écrivez-nous avec le formulaire ci-dessous.", contact.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Visitor_Home_ShowsTheCmsBlocks()
    {
        using var client = F.NewClient();
        var accueil = await EigWebFactory.GetDocumentAsync(client, "/");
        var main = accueil.QuerySelector("main")!;
        Assert.Equal("Des talents du numérique au service de l'intérêt général", accueil.QuerySelector("h1")!.TextContent);
        Assert.Equal("/programme", main.QuerySelectorAll("a").First(a => a.TextContent.Trim() == "Découvrir le programme").GetAttribute("href"));
        Assert.Equal("Le programme en bref", accueil.QuerySelector("#intro")!.TextContent);
        Assert.Equal("Les défis", accueil.QuerySelector("#derniers-defis")!.TextContent);
        Assert.Equal(["Alice Martin", "Bruno Leroux"], accueil.QuerySelectorAll("#bloc-talents ~ ul .fr-card__title").Select(t => t.TextContent.Trim()));
        Assert.Equal(["Denis Garnier"], accueil.QuerySelectorAll("#bloc-agents ~ ul .fr-card__title").Select(t => t.TextContent.Trim()));
        Assert.Equal("Rejoindre le programme", accueil.QuerySelector("#rejoindre")!.TextContent);
        Assert.Equal("https://presse.example.fr/eig", accueil.QuerySelector("#medias ~ ul a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Visitor_FaqPage_ShowsItsQuestions()
    {
        using var client = F.NewClient();
        var faq = await EigWebFactory.GetDocumentAsync(client, "/participer/candidats/faq");
        Assert.Equal(["Faut-il être fonctionnaire ?", "Combien de temps dure la mission ?"], faq.QuerySelectorAll(".fr-accordion__btn").Select(b => b.TextContent.Trim()));
        Assert.Equal("contrat de projet", faq.QuerySelector(".fr-collapse strong")!.TextContent);
    }

    [Fact]
    public async Task PublicPage_IsCompressed_AndServedCompressedFromTheCache()
    {
        using var client = F.NewClient();
        foreach (var _ in new[] { 1, 2 })
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, "/defis");
            req.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
            using var r = await client.SendAsync(req);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("br", Assert.Single(r.Content.Headers.ContentEncoding));
        }
        using var gz = new HttpRequestMessage(HttpMethod.Get, "/defis");
        gz.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        using var g = await client.SendAsync(gz);
        Assert.Equal("gzip", Assert.Single(g.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Import_Twice_UpdatesInPlace()
    {
        await using var f = new EigWebFactory();
        var premier = await f.ImporterAsync(CmsFixtures.Racine);
        var avant = await f.WithDbAsync(async db => (await db.Defis.CountAsync(), await db.Personnes.CountAsync(), await db.Articles.CountAsync(),
            await db.Pages.CountAsync(), await db.Promotions.CountAsync(), await db.Redirections.CountAsync(), await db.Medias.CountAsync()));
        var second = await f.ImporterAsync(CmsFixtures.Racine);
        var apres = await f.WithDbAsync(async db => (await db.Defis.CountAsync(), await db.Personnes.CountAsync(), await db.Articles.CountAsync(),
            await db.Pages.CountAsync(), await db.Promotions.CountAsync(), await db.Redirections.CountAsync(), await db.Medias.CountAsync()));
        Assert.Equal(avant, apres);
        Assert.Equal(premier.Importes, second.Importes);
        Assert.Equal(0, second.Redirections);
    }
}
