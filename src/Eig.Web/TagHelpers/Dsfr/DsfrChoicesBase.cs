using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>Radios and checkbox groups bound to one property: a DSFR fieldset whose legend is the label, one
/// fieldset element per option (its hint under its label when the option is a <see cref="DsfrOption"/>), and the
/// error in the fieldset's messages group.</summary>
public abstract class DsfrChoicesBase : DsfrFieldBase
{
    [HtmlAttributeName("asp-items")] public IEnumerable<SelectListItem> Items { get; set; } = [];
    [HtmlAttributeName("legend")] public string? Legend { get; set; }
    [HtmlAttributeName("inline")] public bool Inline { get; set; }

    protected abstract string InputType { get; }
    protected abstract string GroupClass { get; }
    protected abstract bool IsChecked(SelectListItem item);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var fieldset = DsfrFieldsetMarkup.Fieldset(FieldId, Error is not null);
        fieldset.InnerHtml.AppendHtml(DsfrFieldsetMarkup.Legend(FieldId, Legend ?? LabelText, HintText, "fr-fieldset__legend fr-fieldset__legend--regular"));
        var i = 0;
        foreach (var item in Items)
            fieldset.InnerHtml.AppendHtml(Option(item, $"{FieldId}-{i++}"));
        fieldset.InnerHtml.AppendHtml(DsfrFieldsetMarkup.Messages(FieldId, Error, ErrorId));
        Render(context, output, fieldset);
    }

    private TagBuilder Option(SelectListItem item, string id)
    {
        var input = Dsfr.Tag("input", null, id);
        input.TagRenderMode = TagRenderMode.StartTag;
        input.Attributes["type"] = InputType;
        input.Attributes["name"] = FieldName;
        input.Attributes["value"] = item.Value;
        if (IsChecked(item)) input.Attributes["checked"] = "checked";
        if (item.Disabled || Disabled) input.Attributes["disabled"] = "disabled";
        var label = Dsfr.Text("label", "fr-label", item.Text);
        label.Attributes["for"] = id;
        if (item is DsfrOption { Hint: { } hint })
        {
            label.InnerHtml.AppendHtml(Dsfr.Text("span", "fr-hint-text", hint, id + "-aide"));
            input.Attributes["aria-describedby"] = id + "-aide";
        }
        var group = Dsfr.Tag("div", GroupClass);
        group.InnerHtml.AppendHtml(input);
        group.InnerHtml.AppendHtml(label);
        var element = Dsfr.Tag("div", Dsfr.Css("fr-fieldset__element", Inline ? "fr-fieldset__element--inline" : null));
        element.InnerHtml.AppendHtml(group);
        return element;
    }
}
