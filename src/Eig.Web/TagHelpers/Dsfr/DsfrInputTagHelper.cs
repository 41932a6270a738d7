using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-input asp-for="Input.Email" type="email" autocomplete="email" /&gt;</c>: label, hint and
/// <c>maxlength</c> come from the property's attributes unless given here.</summary>
[HtmlTargetElement("dsfr-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrInputTagHelper : DsfrFieldBase
{
    [HtmlAttributeName("type")] public string Type { get; set; } = "text";
    [HtmlAttributeName("autocomplete")] public string? Autocomplete { get; set; }
    [HtmlAttributeName("inputmode")] public string? InputMode { get; set; }
    [HtmlAttributeName("spellcheck")] public string? Spellcheck { get; set; }
    [HtmlAttributeName("maxlength")] public int? MaxLength { get; set; }
    [HtmlAttributeName("min")] public string? Min { get; set; }
    [HtmlAttributeName("max")] public string? Max { get; set; }
    [HtmlAttributeName("step")] public string? Step { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var input = Dsfr.Tag("input", Dsfr.Css("fr-input", Error is null ? null : "fr-input--error"));
        input.TagRenderMode = TagRenderMode.StartTag;
        input.Attributes["type"] = Type;
        Control(input);
        Set(input, "value", Type == "password" ? null : CurrentValue);
        Set(input, "autocomplete", Autocomplete);
        Set(input, "inputmode", InputMode);
        Set(input, "spellcheck", Spellcheck);
        Set(input, "maxlength", (MaxLength ?? MaxLengthFromMetadata)?.ToString(CultureInfo.InvariantCulture));
        Set(input, "min", Min);
        Set(input, "max", Max);
        Set(input, "step", Step);
        var group = Dsfr.Tag("div", Dsfr.Css("fr-input-group", Error is null ? null : "fr-input-group--error", Disabled ? "fr-input-group--disabled" : null));
        Render(context, output, group, LabelTag(), input, ErrorTag());
    }
}
