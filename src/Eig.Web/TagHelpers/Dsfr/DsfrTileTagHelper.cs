using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-tile title="…" href="…" desc="…" /&gt;</c></summary>
[HtmlTargetElement("dsfr-tile")]
public sealed class DsfrTileTagHelper : TagHelper
{
    public string Title { get; set; } = "";
    public string Href { get; set; } = "#";
    public string? Desc { get; set; }
    public int HeadingLevel { get; set; } = 3;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var link = Dsfr.Text("a", null, Title);
        link.Attributes["href"] = Href;
        var title = Dsfr.Tag($"h{HeadingLevel}", "fr-tile__title");
        title.InnerHtml.AppendHtml(link);
        var content = Dsfr.Tag("div", "fr-tile__content");
        content.InnerHtml.AppendHtml(title);
        if (Desc is not null) content.InnerHtml.AppendHtml(Dsfr.Text("p", "fr-tile__desc", Desc));
        var body = Dsfr.Tag("div", "fr-tile__body");
        body.InnerHtml.AppendHtml(content);
        var tile = Dsfr.Tag("div", "fr-tile fr-enlarge-link");
        tile.InnerHtml.AppendHtml(body);
        Dsfr.Become(output, tile);
    }
}
