using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-tag href="…" couleur="green-menthe"&gt;Santé&lt;/dsfr-tag&gt;</c>; inside <c>dsfr-tags</c> it is one item of the group.
/// With <c>retirer="Retirer l'étiquette Santé" name="etiquetteId" value="…"</c> it is a dismissible tag: a submit
/// button of the form around the group, posting its name and value (no JavaScript needed).</summary>
[HtmlTargetElement("dsfr-tag")]
public sealed class DsfrTagTagHelper : TagHelper
{
    public string? Href { get; set; }
    public bool Small { get; set; }
    public bool Current { get; set; }
    /// <summary>A DSFR illustrative colour, e.g. "green-menthe" (<c>fr-tag--green-menthe</c>).</summary>
    public string? Couleur { get; set; }
    /// <summary>The accessible name of a dismissible tag's button.</summary>
    public string? Retirer { get; set; }
    public string? Name { get; set; }
    public string? Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        DsfrSlot.Claim(context, output);
        output.TagName = Retirer is not null ? "button" : Href is null ? "p" : "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Retirer is not null)
        {
            output.Attributes.SetAttribute("type", "submit");
            output.Attributes.SetAttribute("aria-label", Retirer);
            if (Name is not null) output.Attributes.SetAttribute("name", Name);
            if (Value is not null) output.Attributes.SetAttribute("value", Value);
        }
        else if (Href is not null) output.Attributes.SetAttribute("href", Href);
        if (Current) output.Attributes.SetAttribute("aria-current", "page");
        Dsfr.SetClass(output, Dsfr.Css("fr-tag", Small ? "fr-tag--sm" : null, Retirer is null ? null : "fr-tag--dismiss",
            Couleur is null ? null : "fr-tag--" + Couleur));
    }
}
