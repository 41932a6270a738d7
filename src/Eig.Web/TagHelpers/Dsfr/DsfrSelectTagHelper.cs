using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-select asp-for="Input.Profil" asp-items="Model.Profils" label="Profil" placeholder="Choisir un profil" /&gt;</c></summary>
[HtmlTargetElement("dsfr-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrSelectTagHelper : DsfrFieldBase
{
    [HtmlAttributeName("asp-items")] public IEnumerable<SelectListItem> Items { get; set; } = [];
    [HtmlAttributeName("placeholder")] public string? Placeholder { get; set; } = "Sélectionner une option";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = CurrentValue;
        var select = Dsfr.Tag("select", Dsfr.Css("fr-select", Error is null ? null : "fr-select--error"));
        Control(select);
        if (Placeholder is not null)
        {
            var option = Dsfr.Text("option", null, Placeholder);
            option.Attributes["value"] = "";
            if (string.IsNullOrEmpty(current)) option.Attributes["selected"] = "selected";
            option.Attributes["disabled"] = "disabled";
            option.Attributes["hidden"] = "hidden";
            select.InnerHtml.AppendHtml(option);
        }
        foreach (var item in Items)
        {
            var option = Dsfr.Text("option", null, item.Text);
            option.Attributes["value"] = item.Value;
            if (current is not null ? current == item.Value : item.Selected) option.Attributes["selected"] = "selected";
            select.InnerHtml.AppendHtml(option);
        }
        var group = Dsfr.Tag("div", Dsfr.Css("fr-select-group", Error is null ? null : "fr-select-group--error"));
        Render(context, output, group, LabelTag(), select, ErrorTag());
    }
}
