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
            var img = Dsfr.Tag("img", "fr-responsive-img");
            img.TagRenderMode = Microsoft.AspNetCore.Mvc.Rendering.TagRenderMode.StartTag;
            img.Attributes["src"] = ImageUrl;
            img.Attributes["alt"] = "";
            if (ImageWidth is { } w && ImageHeight is { } h)
            {
                img.Attributes["width"] = w.ToString(System.Globalization.CultureInfo.InvariantCulture);
                img.Attributes["height"] = h.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            // Cards come in lists: images below the fold wait until they are scrolled to, and are decoded off the
            // main thread.
            img.Attributes["loading"] = "lazy";
            img.Attributes["decoding"] = "async";
            var frame = Dsfr.Tag("div", "fr-card__img");
            frame.InnerHtml.AppendHtml(img);
            var header = Dsfr.Tag("div", "fr-card__header");
            header.InnerHtml.AppendHtml(frame);
            card.InnerHtml.AppendHtml(header);
        }
        Dsfr.Become(output, card);
    }
}
