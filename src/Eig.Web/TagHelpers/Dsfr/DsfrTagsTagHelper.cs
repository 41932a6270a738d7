using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>A DSFR tag group (<c>fr-tags-group</c>): <c>&lt;dsfr-tags small="true"&gt;&lt;dsfr-tag href="…"&gt;Santé&lt;/dsfr-tag&gt;…&lt;/dsfr-tags&gt;</c>;
/// each <c>dsfr-tag</c> becomes an item of the list. <c>small</c> makes every tag of the group small.</summary>
[HtmlTargetElement("dsfr-tags")]
public sealed class DsfrTagsTagHelper : TagHelper
{
    public bool Small { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        DsfrSlot.Claim(context, output);
        DsfrSlot.Open(context, DsfrSlot.ListItem);
        output.TagName = "ul";
        output.TagMode = TagMode.StartTagAndEndTag;
        Dsfr.SetClass(output, Dsfr.Css("fr-tags-group", Small ? "fr-tags-group--sm" : null));
    }
}
