using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>One checkbox bound to a bool: <c>&lt;dsfr-checkbox asp-for="Input.Consentement" label="J'accepte…" /&gt;</c>.
/// A hidden <c>false</c> follows it, so that an unchecked box posts false.</summary>
[HtmlTargetElement("dsfr-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrCheckboxTagHelper : DsfrFieldBase
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = CurrentValue;
        var input = Dsfr.Tag("input", null, FieldId);
        input.TagRenderMode = TagRenderMode.StartTag;
        input.Attributes["type"] = "checkbox";
        input.Attributes["name"] = FieldName;
        input.Attributes["value"] = "true";
        if (current is not null && current.StartsWith("true", StringComparison.OrdinalIgnoreCase)) input.Attributes["checked"] = "checked";
        if (Disabled) input.Attributes["disabled"] = "disabled";
        input.Attributes["aria-describedby"] = DsfrFieldsetMarkup.MessagesId(FieldId);
        var hidden = Dsfr.Tag("input");
        hidden.TagRenderMode = TagRenderMode.StartTag;
        hidden.Attributes["type"] = "hidden";
        hidden.Attributes["name"] = FieldName;
        hidden.Attributes["value"] = "false";
        var group = Dsfr.Tag("div", Dsfr.Css("fr-checkbox-group", Error is null ? null : "fr-checkbox-group--error"));
        Render(context, output, group, input, LabelTag(), DsfrFieldsetMarkup.Messages(FieldId, Error, ErrorId), hidden);
    }
}
