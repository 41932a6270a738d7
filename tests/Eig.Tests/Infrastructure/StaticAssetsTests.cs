using System.Net;
using Eig.Tests.Support;

namespace Eig.Tests.Infrastructure;

public class StaticAssetsTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Theory]
    [InlineData("/lib/dsfr/dsfr.min.css", "text/css")]
    [InlineData("/lib/dsfr/dsfr.module.min.js", "text/javascript")]
    [InlineData("/lib/dsfr/utility/icons/icons-eig/icons-eig.min.css", "text/css")]
    [InlineData("/lib/dsfr/fonts/Marianne-Regular.woff2", "font/woff2")]
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

        var css = doc.QuerySelector("link[rel=stylesheet][href^='/lib/dsfr/dsfr.min.css']")!.GetAttribute("href")!;
        Assert.Contains("?v=", css);
    }
}
