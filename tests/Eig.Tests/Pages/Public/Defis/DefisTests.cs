using System.Net;
using Eig.Tests.Support;

namespace Eig.Tests.Pages.Public.Defis;

public class DefisTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    private async Task<HttpClient> ClientAsync()
    {
        await factory.ImporterAsync(ContentFolders.Fixtures);
        return factory.NewClient();
    }

    private static List<string> Titres(AngleSharp.Dom.IDocument doc) =>
        doc.QuerySelectorAll(".fr-card__title").Select(e => PageText.Normaliser(e.TextContent)).ToList();

    [Fact]
    public async Task Get_List_ShowsOnlyPublishedDefis()
    {
        var doc = await EigWebFactory.GetDocumentAsync(await ClientAsync(), "/defis");

        var titres = Titres(doc);
        Assert.Contains("Qualité de l'eau en temps réel", titres);
        Assert.Contains("Parcours patient simplifié", titres);
        Assert.DoesNotContain("Défi non publié", titres);
    }

    [Theory]
    [InlineData("Filtres.Promotion=5", "Qualité de l'eau en temps réel", "Parcours patient simplifié")]
    [InlineData("Filtres.Theme=environnement", "Qualité de l'eau en temps réel", "Parcours patient simplifié")]
    [InlineData("Filtres.Expertise=design", "Parcours patient simplifié", "Qualité de l'eau en temps réel")]
    [InlineData("Filtres.Administration=Assistance%20publique", "Parcours patient simplifié", "Qualité de l'eau en temps réel")]
    public async Task Get_WithFilter_KeepsOnlyMatchingDefis(string filtre, string present, string absent)
    {
        var doc = await EigWebFactory.GetDocumentAsync(await ClientAsync(), "/defis?" + filtre);

        var titres = Titres(doc);
        Assert.Contains(present, titres);
        Assert.DoesNotContain(absent, titres);
    }

    [Fact]
    public async Task Get_Defi_ShowsFieldsAndOnlyConsentingTeamMembers()
    {
        var doc = await EigWebFactory.GetDocumentAsync(await ClientAsync(), "/defis/qualite-de-l-eau");

        var texte = PageText.TexteDe(doc);
        Assert.Equal("Qualité de l'eau en temps réel", PageText.Normaliser(doc.QuerySelector("h1")?.TextContent));
        Assert.Contains("Agence régionale de santé Occitanie", texte);
        Assert.Contains("Montpellier", texte);
        Assert.Contains("12 000", texte);
        Assert.Contains("Santé", texte);
        Assert.Contains("Alice Martin", texte);
        Assert.DoesNotContain("Bruno Discret", texte);
        Assert.NotNull(doc.QuerySelector("main a[href='https://github.com/exemple/eau']"));
        Assert.NotNull(doc.QuerySelector("main h2 + p strong, main strong"));
    }

    [Fact]
    public async Task Get_UnpublishedDefi_Returns404()
    {
        var response = await (await ClientAsync()).GetAsync("/defis/defi-masque");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_Talents_ShowsOnlyConsentingParticipants()
    {
        var doc = await EigWebFactory.GetDocumentAsync(await ClientAsync(), "/talents");

        var texte = PageText.TexteDe(doc);
        Assert.Contains("Alice Martin", texte);
        Assert.DoesNotContain("Bruno Discret", texte);
        Assert.DoesNotContain("Chloé Lambert", texte);
    }

    [Fact]
    public async Task Get_Equipe_ShowsTheProgrammeTeam()
    {
        var doc = await EigWebFactory.GetDocumentAsync(await ClientAsync(), "/equipe");

        Assert.Contains("Chloé Lambert", PageText.TexteDe(doc));
        Assert.DoesNotContain("Alice Martin", PageText.TexteDe(doc));
    }

    [Fact]
    public async Task Get_SitemapAndFeeds_ListPublishedContent()
    {
        var client = await ClientAsync();

        var sitemap = await client.GetStringAsync("/sitemap.xml");
        var atom = await client.GetStringAsync("/actualites/atom.xml");
        var rss = await client.GetStringAsync("/actualites/rss.xml");
        var robots = await client.GetStringAsync("/robots.txt");

        Assert.Contains("/defis/qualite-de-l-eau</loc>", sitemap);
        Assert.DoesNotContain("defi-masque", sitemap);
        Assert.Contains("/programme</loc>", sitemap);
        Assert.Contains("La promotion 6 est lancée", atom);
        Assert.Contains("<rss version=\"2.0\">", rss);
        Assert.Contains("Sitemap: ", robots);
        Assert.Contains("Disallow: /admin", robots);
    }

    [Fact]
    public async Task Get_Article_ShowsCategoryAndRelatedArticle()
    {
        var doc = await EigWebFactory.GetDocumentAsync(await ClientAsync(), "/actualites/lancement-promotion-6");

        Assert.NotNull(doc.QuerySelector("main a[href='/actualites?categorie=vie-du-programme']"));
        Assert.NotNull(doc.QuerySelector("main a[href='/actualites/appel-a-projets-ouvert']"));
        Assert.NotNull(doc.QuerySelector("main h2"));
        Assert.Equal("trois jours de séminaire", doc.QuerySelector("main strong")?.TextContent);
    }

    [Fact]
    public async Task Get_ActualitesByCategory_FiltersArticles()
    {
        var doc = await EigWebFactory.GetDocumentAsync(await ClientAsync(), "/actualites?categorie=appels");

        var titres = Titres(doc);
        Assert.Contains("L'appel à projets est ouvert", titres);
        Assert.DoesNotContain("La promotion 6 est lancée", titres);
    }
}
