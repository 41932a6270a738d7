using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>Radio buttons in a DSFR fieldset: <c>&lt;dsfr-radios asp-for="Input.Role" asp-items="Model.Roles" legend="Vous êtes" /&gt;</c></summary>
[HtmlTargetElement("dsfr-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrRadiosTagHelper : DsfrFieldBase
{
    [HtmlAttributeName("asp-items")] public IEnumerable<SelectListItem> Items { get; set; } = [];
    [HtmlAttributeName("legend")] public string? Legend { get; set; }
    [HtmlAttributeName("inline")] public bool Inline { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = CurrentValue;
        var html = FieldsetStart(Legend ?? LabelText, Error, Hint);
        var i = 0;
        foreach (var item in Items)
        {
            var id = $"{FieldId}-{i++}";
            var check = current is not null ? current == item.Value : item.Selected;
            html += $"<div class=\"fr-fieldset__element{(Inline ? " fr-fieldset__element--inline" : "")}\"><div class=\"fr-radio-group\">"
                    + $"<input type=\"radio\" id=\"{id}\" name=\"{Enc(FieldName)}\" value=\"{Enc(item.Value)}\"{(check ? " checked" : "")}{(item.Disabled ? " disabled" : "")}>"
                    + $"<label class=\"fr-label\" for=\"{id}\">{Enc(item.Text)}</label></div></div>";
        }
        html += Messages();
        Fieldset(output, html);
    }

    internal string FieldsetStart(string legend, string? error, string? hint) =>
        $"<legend class=\"fr-fieldset__legend fr-fieldset__legend--regular\" id=\"{FieldId}-legende\">{Enc(legend)}"
        + (hint is null ? "" : $"<span class=\"fr-hint-text\">{Enc(hint)}</span>") + "</legend>";

    internal string Messages() =>
        $"<div class=\"fr-messages-group\" id=\"{FieldId}-messages\" aria-live=\"polite\">"
        + (Error is null ? "" : $"<p class=\"fr-message fr-message--error\" id=\"{ErrorId}\">{Enc(Error)}</p>") + "</div>";

    internal void Fieldset(TagHelperOutput output, string inner)
    {
        Replace(output, "fieldset", "fr-fieldset" + (Error is null ? "" : " fr-fieldset--error"), inner);
        output.Attributes.SetAttribute("id", FieldId);
        output.Attributes.SetAttribute("aria-labelledby", $"{FieldId}-legende {FieldId}-messages");
    }
}

/// <summary>Several checkboxes bound to a list: <c>&lt;dsfr-checkboxes asp-for="Input.Themes" asp-items="Model.Themes" legend="Thèmes" /&gt;</c></summary>
[HtmlTargetElement("dsfr-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrCheckboxesTagHelper : DsfrFieldBase
{
    [HtmlAttributeName("asp-items")] public IEnumerable<SelectListItem> Items { get; set; } = [];
    [HtmlAttributeName("legend")] public string? Legend { get; set; }
    [HtmlAttributeName("inline")] public bool Inline { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var selected = ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null
            ? (entry.RawValue as string[] ?? [entry.RawValue.ToString()!]).ToHashSet()
            : (For.Model as System.Collections.IEnumerable)?.Cast<object>().Select(o => o.ToString()!).ToHashSet() ?? [];
        var radios = new DsfrRadiosTagHelper { For = For, ViewContext = ViewContext, Label = Label, Hint = Hint };
        var html = radios.FieldsetStart(Legend ?? LabelText, Error, Hint);
        var i = 0;
        foreach (var item in Items)
        {
            var id = $"{FieldId}-{i++}";
            var check = selected.Count > 0 ? selected.Contains(item.Value) : item.Selected;
            html += $"<div class=\"fr-fieldset__element{(Inline ? " fr-fieldset__element--inline" : "")}\"><div class=\"fr-checkbox-group\">"
                    + $"<input type=\"checkbox\" id=\"{id}\" name=\"{Enc(FieldName)}\" value=\"{Enc(item.Value)}\"{(check ? " checked" : "")}>"
                    + $"<label class=\"fr-label\" for=\"{id}\">{Enc(item.Text)}</label></div></div>";
        }
        html += radios.Messages();
        radios.Fieldset(output, html);
    }
}

/// <summary>One checkbox bound to a bool: <c>&lt;dsfr-checkbox asp-for="Input.Consentement" label="J'accepte…" /&gt;</c></summary>
[HtmlTargetElement("dsfr-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrCheckboxTagHelper : DsfrFieldBase
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = CurrentValue;
        var check = current is not null && (current.StartsWith("true", StringComparison.OrdinalIgnoreCase));
        var html = $"<input type=\"checkbox\" id=\"{FieldId}\" name=\"{Enc(FieldName)}\" value=\"true\"{(check ? " checked" : "")}"
                   + $" aria-describedby=\"{FieldId}-messages\">"
                   + LabelHtml()
                   + $"<div class=\"fr-messages-group\" id=\"{FieldId}-messages\" aria-live=\"polite\">"
                   + (Error is null ? "" : $"<p class=\"fr-message fr-message--error\" id=\"{ErrorId}\">{Enc(Error)}</p>") + "</div>"
                   + $"<input type=\"hidden\" name=\"{Enc(FieldName)}\" value=\"false\">";
        Replace(output, "div", "fr-checkbox-group" + (Error is null ? "" : " fr-checkbox-group--error"), html);
    }
}
