using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>A DSFR link, with an icon on either side:
/// <c>&lt;dsfr-link href="/defis" icon="fr-icon-arrow-right-line" icon-position="right"&gt;Tous les défis&lt;/dsfr-link&gt;</c>.
/// Other attributes (<c>download</c>, <c>target</c>) pass through. <c>size</c>: sm or lg.</summary>
[HtmlTargetElement("dsfr-link")]
public sealed class DsfrLinkTagHelper : TagHelper
{
    public string Href { get; set; } = "#";
    public string? Icon { get; set; }
    public string IconPosition { get; set; } = "left";
    public string? Size { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("href", Href);
        Dsfr.SetClass(output, Dsfr.Css("fr-link", Size is null ? null : $"fr-link--{Size}", Icon is null ? null : $"{Icon} fr-link--icon-{IconPosition}"));
    }
}
