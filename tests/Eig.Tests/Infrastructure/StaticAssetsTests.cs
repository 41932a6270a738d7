using System.Net;
using Eig.Tests.Support;

namespace Eig.Tests.Infrastructure;

public class StaticAssetsTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Theory]
    [InlineData("/lib/dsfr/dsfr-eig.min.css", "text/css")]
    [InlineData("/lib/dsfr/dsfr-eig.module.min.js", "text/javascript")]
    [InlineData("/lib/dsfr/fonts/Marianne-Regular.woff2", "font/woff2")]
    [InlineData("/lib/dsfr/fonts/Marianne-Regular-ext.woff2", "font/woff2")]
    [InlineData("/lib/dsfr/icons/system/close-line.svg", "image/svg+xml")]
    [InlineData("/css/site.css", "text/css")]
    public async Task Asset_IsServedToAnonymousVisitors(string url, string type)
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 100);
    }

    [Fact]
    public async Task Layout_ReferencesAssetsWithAVersion_SoTheyCanBeCachedForLong()
    {
        using var client = factory.NewClient();

        var doc = await EigWebFactory.GetDocumentAsync(client, "/");

        var css = doc.QuerySelector("link[rel=stylesheet][href^='/lib/dsfr/dsfr-eig.min.css']")!.GetAttribute("href")!;
        Assert.Contains("?v=", css);
    }

    [Fact]
    public async Task DsfrStylesheet_HoldsTheComponentsAndIconsThePagesWrite_AndNotTheOthers()
    {
        using var client = factory.NewClient();

        var css = await client.GetStringAsync("/lib/dsfr/dsfr-eig.min.css", TestContext.Current.CancellationToken);

        // Written by the pages: the header, cards, tables, the icon of "Télécharger".
        Assert.Contains(".fr-header{", css);
        Assert.Contains(".fr-card{", css);
        Assert.Contains(".fr-table{", css);
        Assert.Contains(".fr-icon-download-line:before", css);
        // Never written: DSFR's share buttons, tooltips, consent banner, and icons of categories nobody uses.
        Assert.DoesNotContain(".fr-share{", css);
        Assert.DoesNotContain(".fr-tooltip{", css);
        Assert.DoesNotContain(".fr-consent-banner{", css);
        Assert.DoesNotContain(".fr-icon-bank-line:before", css);
        // The fonts in two parts, the second downloaded only for a page with a character it holds.
        Assert.Contains("url(fonts/Marianne-Regular-ext.woff2)", css);
        Assert.Contains("unicode-range:", css);
    }
}
