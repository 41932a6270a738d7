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

    /// <summary>Each face of Marianne comes in two files joined by unicode-range: every character of Basic Latin,
    /// Latin-1 and Latin Extended-A is in exactly one of them, and the letters of French words in the common one. The
    /// files keep only the OpenType features a browser applies by itself, so no stylesheet may ask for another.</summary>
    [Fact]
    public async Task MarianneFaces_CoverLatinOnceEach_AndNoStyleAsksForAnotherFeature()
    {
        using var client = factory.NewClient();
        var ct = TestContext.Current.CancellationToken;
        var css = await client.GetStringAsync("/lib/dsfr/dsfr-eig.min.css", ct);
        var site = await client.GetStringAsync("/css/site.css", ct);
        HashSet<int> Plage(string fichier)
        {
            var face = System.Text.RegularExpressions.Regex.Match(css, @"@font-face\{[^}]*url\(fonts/" + fichier + @"\)[^}]*\}").Value;
            var plage = System.Text.RegularExpressions.Regex.Match(face, @"unicode-range:([^;}]+)").Groups[1].Value;
            Assert.False(string.IsNullOrEmpty(plage), fichier);
            return plage.Split(',').SelectMany(p =>
            {
                var bornes = p.Trim()[2..].Split('-').Select(h => Convert.ToInt32(h, 16)).ToArray();
                return Enumerable.Range(bornes[0], bornes[^1] - bornes[0] + 1);
            }).ToHashSet();
        }
        var commun = Plage("Marianne-Regular.woff2");
        var reste = Plage("Marianne-Regular-ext.woff2");
        Assert.Empty(commun.Intersect(reste));
        foreach (var c in Enumerable.Range(0x20, 0x7f - 0x20).Concat(Enumerable.Range(0xa0, 0x180 - 0xa0)))
            Assert.True(commun.Contains(c) || reste.Contains(c), $"U+{c:X4} n'est dans aucun des deux fichiers");
        foreach (var c in "àâäçéèêëîïôöùûüÿæœÀÂÉÈÊËÎÏÔŒÙÛÜÇ«»°€’…–— \u202f")
            Assert.Contains((int)c, commun);
        Assert.Contains(0xa7, reste);   // §: in the second file, loaded only by a page that writes one
        Assert.DoesNotMatch("font-feature-settings|font-variant", css);
        Assert.DoesNotMatch("font-feature-settings|font-variant", site);
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
