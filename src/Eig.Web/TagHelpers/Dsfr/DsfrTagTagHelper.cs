using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-tag href="…" couleur="green-menthe"&gt;Santé&lt;/dsfr-tag&gt;</c>; inside <c>dsfr-tags</c> it is one item of the group.</summary>
[HtmlTargetElement("dsfr-tag")]
public sealed class DsfrTagTagHelper : TagHelper
{
    public string? Href { get; set; }
    public bool Small { get; set; }
    public bool Current { get; set; }
    /// <summary>A DSFR illustrative colour, e.g. "green-menthe" (<c>fr-tag--green-menthe</c>).</summary>
    public string? Couleur { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        DsfrSlot.Claim(context, output);
        output.TagName = Href is null ? "p" : "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Href is not null) output.Attributes.SetAttribute("href", Href);
        if (Current) output.Attributes.SetAttribute("aria-current", "page");
        Dsfr.SetClass(output, Dsfr.Css("fr-tag", Small ? "fr-tag--sm" : null, Couleur is null ? null : "fr-tag--" + Couleur));
    }
}
