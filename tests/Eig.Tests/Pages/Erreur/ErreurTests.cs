using System.Net;
using Eig.Tests.Support;

namespace Eig.Tests.Pages.Erreur;

public class ErreurTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Theory]
    [InlineData(404, "Page non trouvée")]
    [InlineData(403, "Accès refusé")]
    [InlineData(500, "Erreur inattendue")]
    public async Task ErrorPage_AnswersWithItsStatus_InFrench_InTheDsfrLayout(int code, string title)
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync($"/erreur/{code}", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode)code, response.StatusCode);
        var doc = await EigWebFactory.ParseAsync(response);
        Assert.Equal(title, doc.QuerySelector("main h1")!.TextContent);
        Assert.NotNull(doc.QuerySelector("header.fr-header"));
        Assert.NotNull(doc.QuerySelector("footer.fr-footer a[href='/accessibilite']"));
    }

    [Fact]
    public async Task Layout_HasSkipLinks_MandatoryFooterLinks_AndFrenchLanguage()
    {
        using var client = factory.NewClient();

        var doc = await EigWebFactory.GetDocumentAsync(client, "/");

        Assert.Equal("fr", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["#contenu", "#navigation-principale", "#pied-de-page"],
            doc.QuerySelectorAll(".fr-skiplinks a").Select(a => a.GetAttribute("href")!).ToArray());
        foreach (var href in new[] { "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/gestion-des-cookies", "/plan-du-site" })
            Assert.NotNull(doc.QuerySelector($".fr-footer__bottom-list a[href='{href}']"));
        Assert.Contains("partiellement conforme", doc.QuerySelector(".fr-footer__bottom-list a[href='/accessibilite']")!.TextContent);
        Assert.Contains("République", doc.QuerySelector(".fr-header .fr-logo")!.TextContent);
        Assert.Equal("Entrepreneurs d'intérêt général", doc.QuerySelector(".fr-header__service-title")!.TextContent.Trim());
        Assert.NotNull(doc.QuerySelector("#parametres-affichage input[name='fr-radios-theme'][value='dark']"));
        var nav = doc.QuerySelectorAll("#navigation-principale .fr-nav__link, #navigation-principale .fr-nav__btn").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["Programme", "Défis", "Talents", "Participer", "Administrations", "Candidats", "Actualités", "Contact"], nav);
        // No inline script or style: the CSP forbids them.
        Assert.Empty(doc.QuerySelectorAll("script:not([src])"));
        Assert.Empty(doc.QuerySelectorAll("[style]"));
        Assert.Empty(doc.QuerySelectorAll("style"));
    }
}
