using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-badge type="success"&gt;Lauréat&lt;/dsfr-badge&gt;</c> — type: success, error, info, warning, new, or none.</summary>
[HtmlTargetElement("dsfr-badge")]
public sealed class DsfrBadgeTagHelper : TagHelper
{
    public string? Type { get; set; }
    public bool Small { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        Dsfr.SetClass(output, Dsfr.Css("fr-badge", Type is null ? null : $"fr-badge--{Type}", Small ? "fr-badge--sm" : null));
    }
}
