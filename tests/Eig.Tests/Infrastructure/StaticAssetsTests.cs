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
        // Spacing and column utilities: those the pages write (fr-mb-4w, fr-col-md-6), not the two thousand others.
        Assert.Matches(@"\.fr-mb-4w[,{]", css);
        Assert.Matches(@"\.fr-col-md-6[,{]", css);
        Assert.DoesNotContain(".fr-px-lg-9w", css);
        Assert.DoesNotContain(".fr-col-offset-xl-11", css);
        // The fonts in two parts, the second downloaded only for a page with a character it holds.
        Assert.Contains("url(fonts/Marianne-Regular-ext.woff2)", css);
        Assert.Contains("unicode-range:", css);
    }

    /// <summary>The build keeps only the spacing and column utilities it finds written in the sources: one built by
    /// interpolation ($"fr-mt-{n}w") would be missing from the stylesheet. Every one the sources write is there.</summary>
    [Fact]
    public async Task DsfrStylesheet_HoldsEveryUtilityClassTheSourcesWrite()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props"))) dir = dir.Parent;
        var web = dir is null ? null : Path.Combine(dir.FullName, "src", "Eig.Web");
        if (web is null || !Directory.Exists(Path.Combine(web, "Pages"))) Assert.Skip("Les sources (src/Eig.Web) sont absentes : test ignoré.");
        var utilitaire = new System.Text.RegularExpressions.Regex(@"\bfr-(?:(?:m|p)[trblxy]?-(?:(?:sm|md|lg|xl)-)?(?:n?\d+v?w?|auto)|col(?:-(?:sm|md|lg|xl))?-\d+|col-offset(?:-(?:sm|md|lg|xl))?-\d+(?:--right)?)(?![a-z0-9-])");
        var ecrites = (from f in Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
                       where f.EndsWith(".cshtml") || f.EndsWith(".cs")
                       where !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                       from System.Text.RegularExpressions.Match m in utilitaire.Matches(File.ReadAllText(f))
                       select m.Value).ToHashSet();
        Assert.NotEmpty(ecrites);
        using var client = factory.NewClient();
        var css = await client.GetStringAsync("/lib/dsfr/dsfr-eig.min.css", TestContext.Current.CancellationToken);
        Assert.All(ecrites, c => Assert.Matches($@"\.{c}[{{,:]", css));
    }
}
