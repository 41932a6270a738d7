using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-card title="…" href="…" desc="…" detail="…" badge="…" /&gt;</c>: the whole card is a link.</summary>
[HtmlTargetElement("dsfr-card")]
public sealed class DsfrCardTagHelper : TagHelper
{
    public string Title { get; set; } = "";
    public string? Href { get; set; }
    public string? Desc { get; set; }
    public string? Detail { get; set; }
    public string? Badge { get; set; }
    public string? ImageUrl { get; set; }
    /// <summary>The image's pixel size, when known: the browser keeps its room before it arrives.</summary>
    public int? ImageWidth { get; set; }
    public int? ImageHeight { get; set; }
    public int HeadingLevel { get; set; } = 3;
    public bool Horizontal { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var extra = await output.GetChildContentAsync();
        var title = Dsfr.Tag($"h{HeadingLevel}", "fr-card__title");
        if (Href is null) title.InnerHtml.Append(Title);
        else
        {
            var link = Dsfr.Text("a", null, Title);
            link.Attributes["href"] = Href;
            title.InnerHtml.AppendHtml(link);
        }
        var content = Dsfr.Tag("div", "fr-card__content");
        content.InnerHtml.AppendHtml(title);
        if (Desc is not null) content.InnerHtml.AppendHtml(Dsfr.Text("p", "fr-card__desc", Desc));
        if (Badge is not null || Detail is not null)
        {
            var start = Dsfr.Tag("div", "fr-card__start");
            if (Badge is not null)
            {
                var li = Dsfr.Tag("li");
                li.InnerHtml.AppendHtml(Dsfr.Text("p", "fr-badge fr-badge--sm", Badge));
                var badges = Dsfr.Tag("ul", "fr-badges-group");
                badges.InnerHtml.AppendHtml(li);
                start.InnerHtml.AppendHtml(badges);
            }
            if (Detail is not null) start.InnerHtml.AppendHtml(Dsfr.Text("p", "fr-card__detail", Detail));
            content.InnerHtml.AppendHtml(start);
        }
        content.InnerHtml.AppendHtml(extra);
        var body = Dsfr.Tag("div", "fr-card__body");
        body.InnerHtml.AppendHtml(content);
        var card = Dsfr.Tag("div", Dsfr.Css("fr-card", Href is null ? null : "fr-enlarge-link", Horizontal ? "fr-card--horizontal" : null));
        card.InnerHtml.AppendHtml(body);
        if (ImageUrl is not null)
        {
            // Cards come in lists of 24: Chromium's own loading="lazy" fetches every image within 1,250 px of the
            // screen (2,500 px on a slow network), three rows of photos a visitor has not scrolled to. The card's image
            // waits instead for /js/site.js to give it its address when it comes within 200 px of the screen; until
            // then it holds an empty picture of its own proportions, which keeps its room. Without JavaScript the
            // <noscript> image is shown (the browser's own lazy loading) and the empty one hidden (site.css).
            string? largeur = null, hauteur = null;
            if (ImageWidth is { } w && ImageHeight is { } h)
                (largeur, hauteur) = (w.ToString(System.Globalization.CultureInfo.InvariantCulture), h.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var attente = Image(Vide(largeur ?? "16", hauteur ?? "9"), largeur, hauteur);
            attente.Attributes["data-eig-src"] = ImageUrl;
            var sansScript = Image(ImageUrl, largeur, hauteur);
            sansScript.Attributes["loading"] = "lazy";
            var noscript = Dsfr.Tag("noscript");
            noscript.InnerHtml.AppendHtml(sansScript);
            var frame = Dsfr.Tag("div", "fr-card__img");
            frame.InnerHtml.AppendHtml(attente);
            frame.InnerHtml.AppendHtml(noscript);
            var header = Dsfr.Tag("div", "fr-card__header");
            header.InnerHtml.AppendHtml(frame);
            card.InnerHtml.AppendHtml(header);
        }
        Dsfr.Become(output, card);
    }

    private static Microsoft.AspNetCore.Mvc.Rendering.TagBuilder Image(string src, string? largeur, string? hauteur)
    {
        var img = Dsfr.Tag("img", "fr-responsive-img");
        img.TagRenderMode = Microsoft.AspNetCore.Mvc.Rendering.TagRenderMode.StartTag;
        img.Attributes["src"] = src;
        img.Attributes["alt"] = "";
        if (largeur is not null && hauteur is not null)
        {
            img.Attributes["width"] = largeur;
            img.Attributes["height"] = hauteur;
        }
        img.Attributes["decoding"] = "async";
        return img;
    }

    /// <summary>An empty, transparent picture of the image's proportions, inside the page (nothing to fetch).</summary>
    private static string Vide(string largeur, string hauteur) =>
        $"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {largeur} {hauteur}'%3E%3C/svg%3E";
}
