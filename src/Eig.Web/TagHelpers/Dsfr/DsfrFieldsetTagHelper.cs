using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>A DSFR fieldset around several fields:
/// <c>&lt;dsfr-fields id="identite" legend="Identité" hint="…"&gt;&lt;dsfr-input …/&gt;&lt;dsfr-input …/&gt;&lt;/dsfr-fields&gt;</c>.
/// Each DSFR field or button directly inside becomes a fieldset element; anything else goes in a
/// <c>dsfr-fields-item</c>. The error state comes from <c>error</c>, or from the model state of <c>asp-for</c>
/// (a rule about the group as a whole), shown in the fieldset's messages group that the fieldset is labelled by.
/// <c>heading-level</c> puts the legend in a heading (a form's sections); <c>legend-sr-only</c> keeps it for screen readers only.
/// Named <c>dsfr-fields</c>, not after DSFR's class, so that a search for <c>fr-fieldset</c> in Pages/ finds only markup written by hand.</summary>
[HtmlTargetElement("dsfr-fields")]
public sealed class DsfrFieldsetTagHelper : TagHelper
{
    public string? Id { get; set; }
    public string Legend { get; set; } = "";
    public string? Hint { get; set; }
    public string? Error { get; set; }
    [HtmlAttributeName("asp-for")] public ModelExpression? For { get; set; }
    public bool Inline { get; set; }
    public bool LegendRegular { get; set; }
    public bool LegendSrOnly { get; set; }
    public string? LegendClass { get; set; }
    public int? HeadingLevel { get; set; }
    public string? HeadingClass { get; set; }
    public bool Disabled { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var name = For is null ? null : ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = Id ?? (name is null ? "fieldset-" + context.UniqueId[..8] : TagBuilder.CreateSanitizedId(name, "_"));
        var error = Error ?? (name is not null && ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage : null);

        DsfrSlot.Claim(context, output);
        DsfrSlot.Open(context, Inline ? DsfrSlot.FieldsetElementInline : DsfrSlot.FieldsetElement);
        var content = await output.GetChildContentAsync();

        var fieldset = DsfrFieldsetMarkup.Fieldset(id, error is not null);
        if (Disabled) fieldset.Attributes["disabled"] = "disabled";
        IHtmlContent legendContent = HeadingLevel is { } level
            ? Dsfr.Text($"h{level}", HeadingClass, Legend)
            : new HtmlContentBuilder().Append(Legend);
        fieldset.InnerHtml.AppendHtml(DsfrFieldsetMarkup.Legend(id, legendContent, Hint,
            Dsfr.Css("fr-fieldset__legend", LegendRegular ? "fr-fieldset__legend--regular" : null, LegendSrOnly ? "fr-sr-only" : null, LegendClass)));
        fieldset.InnerHtml.AppendHtml(content);
        fieldset.InnerHtml.AppendHtml(DsfrFieldsetMarkup.Messages(id, error));
        Dsfr.Become(output, fieldset);
    }
}

/// <summary>One element of a <c>dsfr-fields</c> holding more than one DSFR field (a field and a link, a radio
/// written by hand): <c>&lt;dsfr-fields-item inline="true"&gt;…&lt;/dsfr-fields-item&gt;</c>.</summary>
[HtmlTargetElement("dsfr-fields-item")]
public sealed class DsfrFieldsetElementTagHelper : TagHelper
{
    public bool Inline { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        DsfrSlot.Close(context);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        Dsfr.SetClass(output, Dsfr.Css("fr-fieldset__element", Inline ? "fr-fieldset__element--inline" : null));
    }
}
