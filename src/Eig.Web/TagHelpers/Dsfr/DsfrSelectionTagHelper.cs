using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>A row's selection box in a table (DSFR small checkbox, label for screen readers only):
/// <c>&lt;dsfr-selection name="ids" value="@id" label="Sélectionner AAP-0012" checked="…" /&gt;</c>; the checked rows
/// post their values under one name.</summary>
[HtmlTargetElement("dsfr-selection", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrSelectionTagHelper : TagHelper
{
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
    public string Label { get; set; } = "";
    public bool Checked { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = TagBuilder.CreateSanitizedId($"{Name}-{Value}", "_");
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.Attributes["type"] = "checkbox";
        input.Attributes["id"] = id;
        input.Attributes["name"] = Name;
        input.Attributes["value"] = Value;
        if (Checked) input.Attributes["checked"] = "checked";
        var label = new TagBuilder("label");
        label.AddCssClass("fr-label");
        label.Attributes["for"] = id;
        var texte = new TagBuilder("span");
        texte.AddCssClass("fr-sr-only");
        texte.InnerHtml.Append(Label);
        label.InnerHtml.AppendHtml(texte);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "fr-checkbox-group fr-checkbox-group--sm");
        output.Content.AppendHtml(input).AppendHtml(label);
    }
}
