using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-table caption="…"&gt;&lt;thead&gt;…&lt;/tbody&gt;&lt;/dsfr-table&gt;</c>: DSFR's scrollable table wrapper.</summary>
[HtmlTargetElement("dsfr-table")]
public sealed class DsfrTableTagHelper : TagHelper
{
    public string Caption { get; set; } = "";
    public bool CaptionHidden { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var table = Dsfr.Tag("table");
        table.InnerHtml.AppendHtml(Dsfr.Text("caption", CaptionHidden ? "fr-sr-only" : null, Caption));
        table.InnerHtml.AppendHtml(await output.GetChildContentAsync());
        var content = Dsfr.Tag("div", "fr-table__content");
        content.InnerHtml.AppendHtml(table);
        // The container scrolls sideways on a narrow screen: it takes the focus so the keyboard can scroll it.
        var container = Dsfr.Tag("div", "fr-table__container");
        container.Attributes["tabindex"] = "0";
        container.InnerHtml.AppendHtml(content);
        var wrapper = Dsfr.Tag("div", "fr-table__wrapper");
        wrapper.InnerHtml.AppendHtml(container);
        var outer = Dsfr.Tag("div", "fr-table");
        outer.InnerHtml.AppendHtml(wrapper);
        Dsfr.Become(output, outer);
    }
}
