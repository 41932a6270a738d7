using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>A DSFR button group (<c>fr-btns-group</c>): <c>&lt;dsfr-buttons inline="md"&gt;&lt;dsfr-button&gt;…&lt;/dsfr-button&gt;…&lt;/dsfr-buttons&gt;</c>.
/// Each <c>dsfr-button</c> becomes an item of the list; an item holding more than a button (a form) is written
/// <c>&lt;li&gt;</c> by hand. <c>inline</c>: sm, md, lg (side by side from that width) or "always";
/// <c>size</c>: sm, lg; <c>align</c>: left, center, right; <c>equisized</c>, <c>reverse</c>; <c>icon-left</c> for
/// a group of buttons with icons.</summary>
[HtmlTargetElement("dsfr-buttons")]
public sealed class DsfrButtonsTagHelper : TagHelper
{
    public string? Inline { get; set; }
    public string? Size { get; set; }
    public string? Align { get; set; }
    public bool Equisized { get; set; }
    public bool Reverse { get; set; }
    public bool IconLeft { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        DsfrSlot.Claim(context, output);
        DsfrSlot.Open(context, DsfrSlot.ListItem);
        output.TagName = "ul";
        output.TagMode = TagMode.StartTagAndEndTag;
        Dsfr.SetClass(output, Dsfr.Css("fr-btns-group",
            Inline switch { null or "" => null, "always" => "fr-btns-group--inline", var bp => $"fr-btns-group--inline-{bp}" },
            Reverse ? "fr-btns-group--inline-reverse" : null,
            Size is null ? null : $"fr-btns-group--{Size}",
            Align is null or "left" ? null : $"fr-btns-group--{Align}",
            Equisized ? "fr-btns-group--equisized" : null,
            IconLeft ? "fr-btns-group--icon-left" : null));
    }
}

/// <summary>An item of a button or tag group written by hand (to hold a form, say): what it holds is not wrapped again.</summary>
[HtmlTargetElement("li", ParentTag = "dsfr-buttons")]
[HtmlTargetElement("li", ParentTag = "dsfr-tags")]
public sealed class DsfrListItemTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output) => DsfrSlot.Close(context);
}
