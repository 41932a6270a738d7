using AngleSharp.Html.Parser;
using Eig.Web.Contenus;

namespace Eig.Tests.Content;

/// <summary>Bodies as the former site showed them: each Hugo shortcode the content uses, raw HTML sanitized.</summary>
public class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static AngleSharp.Html.Dom.IHtmlDocument Html(string markdown) => new HtmlParser().ParseDocument(Renderer.ToHtml(markdown));

    [Fact]
    public void Dailymotion_PositionalIdAndTitle_IsAClickToLoadVideoWithALink()
    {
        var doc = Html("Avant.\n\n{{< dailymotion x8abcde \"Le défi en vidéo\" >}}\n\nAprès.");

        var figure = doc.QuerySelector("figure.eig-video")!;
        Assert.Equal("https://www.dailymotion.com/embed/video/x8abcde?autoplay=1", figure.GetAttribute("data-eig-video"));
        Assert.Null(doc.QuerySelector("iframe"));
        var lien = figure.QuerySelector("figcaption a")!;
        Assert.Equal("https://www.dailymotion.com/video/x8abcde", lien.GetAttribute("href"));
        Assert.Contains("Le défi en vidéo", lien.TextContent);
        Assert.True(figure.QuerySelector("button")!.HasAttribute("hidden"));
        Assert.Null(figure.ParentElement!.Closest("p"));
        Assert.DoesNotContain("{{", doc.Body!.TextContent);
    }

    [Theory]
    [InlineData("{{< youtube dQw4w9WgXcQ >}}")]
    [InlineData("{{< youtube id=\"dQw4w9WgXcQ\" title=\"Titre\" >}}")]
    [InlineData("<iframe width=\"560\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" allowfullscreen></iframe>")]
    public void YouTube_ShortcodeOrIframe_UsesTheNoCookiePlayer_OnlyOnClick(string markdown)
    {
        var doc = Html(markdown);

        Assert.Null(doc.QuerySelector("iframe"));
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", doc.QuerySelector("figure.eig-video")!.GetAttribute("data-eig-video"));
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", doc.QuerySelector("figure.eig-video figcaption a")!.GetAttribute("href"));
    }

    [Fact]
    public void Iframe_FromAnotherHost_IsNeverEmbedded()
    {
        var doc = Html("<iframe src=\"https://tracker.example.com/widget\"></iframe>\n\n<iframe src=\"http://insecure.example.com/x\"></iframe>");

        Assert.Null(doc.QuerySelector("iframe"));
        Assert.Null(doc.QuerySelector("figure.eig-video"));
        Assert.Equal("https://tracker.example.com/widget", doc.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain("insecure", doc.Body!.InnerHtml);
    }

    [Theory]
    [InlineData("{{< arrow-link \"/defis\" \"Voir les défis\" >}}")]
    [InlineData("{{< arrow-link url=\"/defis\" text=\"Voir les défis\" >}}")]
    [InlineData("{{< arrow-link href=\"/defis\" >}}Voir les défis{{< /arrow-link >}}")]
    public void ArrowLink_IsADsfrLinkWithItsArrow(string markdown)
    {
        var a = Html(markdown).QuerySelector("a")!;

        Assert.Equal("/defis", a.GetAttribute("href"));
        Assert.Equal("Voir les défis", a.TextContent);
        Assert.Contains("fr-link", a.ClassList);
        Assert.Contains("fr-icon-arrow-right-line", a.ClassList);
    }

    [Fact]
    public void ArrowLink_ToJavascript_IsNotALink()
    {
        var doc = Html("{{< arrow-link \"javascript:alert(1)\" \"Piège\" >}}");

        Assert.Null(doc.QuerySelector("a"));
        Assert.Contains("Piège", doc.Body!.TextContent);
    }

    [Fact]
    public void Figure_IsAnImageWithItsCaption()
    {
        var doc = Html("{{< figure src=\"img/defis/eau.svg\" alt=\"Une carte\" caption=\"La carte des analyses\" >}}");

        Assert.Equal("/img/defis/eau.svg", doc.QuerySelector("figure img")!.GetAttribute("src"));
        Assert.Equal("Une carte", doc.QuerySelector("figure img")!.GetAttribute("alt"));
        Assert.Equal("La carte des analyses", doc.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void RawHtml_IsRendered_Sanitized_NeverLiteralText()
    {
        var doc = Html("Ligne un<br/>ligne deux, <a href=\"https://www.example.fr/\" onclick=\"x()\">un lien</a>.\n\n<p>Un <strong>paragraphe</strong> <a href=\"javascript:alert(1)\">faux</a>.</p>\n\n<script>alert('x')</script>\n\n<div style=\"color:red\" onmouseover=\"x()\">bloc</div>");
        var html = doc.Body!.InnerHtml;

        Assert.NotNull(doc.QuerySelector("br"));
        Assert.Equal("https://www.example.fr/", doc.QuerySelector("a[href^='https']")!.GetAttribute("href"));
        Assert.Equal("paragraphe", doc.QuerySelector("strong")!.TextContent);
        Assert.DoesNotContain("&lt;", html);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("onclick", html);
        Assert.DoesNotContain("style=", html);
        Assert.Equal("bloc", doc.QuerySelector("div")!.TextContent);
    }

    [Fact]
    public void UnknownShortcode_KeepsItsInnerText_AndIsListed()
    {
        var md = "{{< encadre >}}Texte gardé{{< /encadre >}} et {{< inconnu param >}}";

        Assert.Equal("Texte gardé et", Html(md).Body!.TextContent.Trim());
        Assert.Equal(["encadre", "inconnu"], Shortcodes.Inconnus(md));
    }

    [Fact]
    public void PlainText_OfABodyWithShortcodesAndHtml_HasNeither()
    {
        var texte = MarkdownRenderer.ToPlainText("Un <strong>mot</strong>.\n\n{{< youtube dQw4w9WgXcQ >}}");

        Assert.Equal("Un mot.", texte);
    }
}
