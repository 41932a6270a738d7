using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-input asp-for="Input.Email" label="Adresse électronique" type="email" autocomplete="email" /&gt;</c></summary>
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
        var value = Type == "password" ? null : CurrentValue;
        var input = $"<input class=\"fr-input{(Error is null ? "" : " fr-input--error")}\" type=\"{Enc(Type)}\" id=\"{FieldId}\" name=\"{Enc(FieldName)}\""
                    + Attr("value", value) + Attr("autocomplete", Autocomplete) + Attr("inputmode", InputMode) + Attr("spellcheck", Spellcheck)
                    + Attr("maxlength", MaxLength?.ToString()) + Attr("min", Min) + Attr("max", Max) + Attr("step", Step)
                    + (DescribedBy.Length > 0 ? Attr("aria-describedby", DescribedBy) : "")
                    + (Error is null ? "" : " aria-invalid=\"true\"") + (Disabled ? " disabled" : "") + ">";
        Replace(output, "div", "fr-input-group" + (Error is null ? "" : " fr-input-group--error") + (Disabled ? " fr-input-group--disabled" : ""),
            LabelHtml() + input + ErrorHtml());
    }
}

/// <summary><c>&lt;dsfr-textarea asp-for="Input.Motivation" label="Motivation" rows="8" /&gt;</c></summary>
[HtmlTargetElement("dsfr-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrTextareaTagHelper : DsfrFieldBase
{
    [HtmlAttributeName("rows")] public int Rows { get; set; } = 6;
    [HtmlAttributeName("maxlength")] public int? MaxLength { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var textarea = $"<textarea class=\"fr-input{(Error is null ? "" : " fr-input--error")}\" id=\"{FieldId}\" name=\"{Enc(FieldName)}\" rows=\"{Rows}\""
                       + Attr("maxlength", MaxLength?.ToString())
                       + (DescribedBy.Length > 0 ? Attr("aria-describedby", DescribedBy) : "")
                       + (Error is null ? "" : " aria-invalid=\"true\"") + (Disabled ? " disabled" : "") + ">"
                       + Enc(CurrentValue) + "</textarea>";
        Replace(output, "div", "fr-input-group" + (Error is null ? "" : " fr-input-group--error"), LabelHtml() + textarea + ErrorHtml());
    }
}

/// <summary><c>&lt;dsfr-select asp-for="Input.Profil" asp-items="Model.Profils" label="Profil" placeholder="Choisir un profil" /&gt;</c></summary>
[HtmlTargetElement("dsfr-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrSelectTagHelper : DsfrFieldBase
{
    [HtmlAttributeName("asp-items")] public IEnumerable<SelectListItem> Items { get; set; } = [];
    [HtmlAttributeName("placeholder")] public string? Placeholder { get; set; } = "Sélectionner une option";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = CurrentValue;
        var options = Placeholder is null ? "" : $"<option value=\"\"{(string.IsNullOrEmpty(current) ? " selected" : "")} disabled hidden>{Enc(Placeholder)}</option>";
        foreach (var item in Items)
        {
            var selected = current is not null ? current == item.Value : item.Selected;
            options += $"<option value=\"{Enc(item.Value)}\"{(selected ? " selected" : "")}>{Enc(item.Text)}</option>";
        }
        var select = $"<select class=\"fr-select{(Error is null ? "" : " fr-select--error")}\" id=\"{FieldId}\" name=\"{Enc(FieldName)}\""
                     + (DescribedBy.Length > 0 ? Attr("aria-describedby", DescribedBy) : "")
                     + (Error is null ? "" : " aria-invalid=\"true\"") + (Disabled ? " disabled" : "") + ">" + options + "</select>";
        Replace(output, "div", "fr-select-group" + (Error is null ? "" : " fr-select-group--error"), LabelHtml() + select + ErrorHtml());
    }
}

/// <summary><c>&lt;dsfr-upload asp-for="Input.Cv" label="CV" hint="PDF, 5 Mo au plus" accept=".pdf,application/pdf" /&gt;</c></summary>
[HtmlTargetElement("dsfr-upload", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrUploadTagHelper : DsfrFieldBase
{
    [HtmlAttributeName("accept")] public string? Accept { get; set; }
    [HtmlAttributeName("multiple")] public bool Multiple { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var input = $"<input class=\"fr-upload\" type=\"file\" id=\"{FieldId}\" name=\"{Enc(FieldName)}\"" + Attr("accept", Accept)
                    + (Multiple ? " multiple" : "") + (DescribedBy.Length > 0 ? Attr("aria-describedby", DescribedBy) : "")
                    + (Error is null ? "" : " aria-invalid=\"true\"") + ">";
        Replace(output, "div", "fr-upload-group" + (Error is null ? "" : " fr-upload-group--error"), LabelHtml() + input + ErrorHtml());
    }
}
