using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-textarea asp-for="Input.Motivation" rows="8" /&gt;</c>: label, hint and <c>maxlength</c>
/// come from the property's attributes unless given here.</summary>
[HtmlTargetElement("dsfr-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrTextareaTagHelper : DsfrFieldBase
{
    /// <summary>6 unless given here or by the metadata (<see cref="DsfrMetadonnees.Lignes"/>).</summary>
    [HtmlAttributeName("rows")] public int? Rows { get; set; }
    [HtmlAttributeName("maxlength")] public int? MaxLength { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var textarea = Dsfr.Tag("textarea", Dsfr.Css("fr-input", Error is null ? null : "fr-input--error"));
        Control(textarea);
        textarea.Attributes["rows"] = (Rows ?? Metadonnee<int>(DsfrMetadonnees.Lignes) ?? 6).ToString(CultureInfo.InvariantCulture);
        Set(textarea, "maxlength", (MaxLength ?? MaxLengthFromMetadata)?.ToString(CultureInfo.InvariantCulture));
        textarea.InnerHtml.Append(CurrentValue ?? "");
        var group = Dsfr.Tag("div", Dsfr.Css("fr-input-group", Error is null ? null : "fr-input-group--error"));
        Render(context, output, group, LabelTag(), textarea, ErrorTag());
    }
}
