using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-button kind="secondary" icon="fr-icon-download-line"&gt;</c>; with <c>href</c> it is a link styled
/// as a button. Inside <c>dsfr-buttons</c> it is one item of the group.</summary>
[HtmlTargetElement("dsfr-button")]
public sealed class DsfrButtonTagHelper : TagHelper
{
    public string Kind { get; set; } = "primary";
    public string? Href { get; set; }
    public string Type { get; set; } = "submit";
    public string? Icon { get; set; }
    /// <summary>left (the default) or right; empty for the header's tool links, whose icon DSFR places itself.</summary>
    public string? IconPosition { get; set; } = "left";
    public string? Size { get; set; }
    public string? Name { get; set; }
    public string? Value { get; set; }
    public string? Id { get; set; }
    public bool Disabled { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        DsfrSlot.Claim(context, output);
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Href is not null)
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", Href);
        }
        else
        {
            output.TagName = "button";
            output.Attributes.SetAttribute("type", Type);
            if (Name is not null) output.Attributes.SetAttribute("name", Name);
            if (Value is not null) output.Attributes.SetAttribute("value", Value);
            if (Disabled) output.Attributes.SetAttribute("disabled", "disabled");
        }
        if (Id is not null) output.Attributes.SetAttribute("id", Id);
        Dsfr.SetClass(output, Dsfr.Css("fr-btn", Kind == "primary" ? null : $"fr-btn--{Kind}", Size is null ? null : $"fr-btn--{Size}",
            Icon is null ? null : string.IsNullOrEmpty(IconPosition) ? Icon : $"{Icon} fr-btn--icon-{IconPosition}"));
    }
}
