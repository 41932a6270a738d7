using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-upload asp-for="Input.Cv" label="CV" hint="PDF, 5 Mo au plus" accept=".pdf,application/pdf" /&gt;</c></summary>
[HtmlTargetElement("dsfr-upload", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrUploadTagHelper : DsfrFieldBase
{
    [HtmlAttributeName("accept")] public string? Accept { get; set; }
    [HtmlAttributeName("multiple")] public bool Multiple { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var input = Dsfr.Tag("input", "fr-upload");
        input.TagRenderMode = TagRenderMode.StartTag;
        input.Attributes["type"] = "file";
        Control(input);
        input.Attributes.Remove("disabled");
        Set(input, "accept", Accept);
        if (Multiple) input.Attributes["multiple"] = "multiple";
        var group = Dsfr.Tag("div", Dsfr.Css("fr-upload-group", Error is null ? null : "fr-upload-group--error"));
        Render(context, output, group, LabelTag(), input, ErrorTag());
    }
}
