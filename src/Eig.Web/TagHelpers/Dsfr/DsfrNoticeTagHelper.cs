using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-notice title="…"&gt;</c>: a banner of important information at the top of a page.</summary>
[HtmlTargetElement("dsfr-notice")]
public sealed class DsfrNoticeTagHelper : TagHelper
{
    public string? Title { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var desc = Dsfr.Tag("span", "fr-notice__desc");
        desc.InnerHtml.AppendHtml(await output.GetChildContentAsync());
        var p = Dsfr.Tag("p");
        p.InnerHtml.AppendHtml(Dsfr.Text("span", "fr-notice__title", Title)).Append(" ").AppendHtml(desc);
        var body = Dsfr.Tag("div", "fr-notice__body");
        body.InnerHtml.AppendHtml(p);
        var container = Dsfr.Tag("div", "fr-container");
        container.InnerHtml.AppendHtml(body);
        var notice = Dsfr.Tag("div", "fr-notice fr-notice--info");
        notice.InnerHtml.AppendHtml(container);
        Dsfr.Become(output, notice);
    }
}
