using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>At the top of a form that failed: "Le formulaire contient n erreurs", each a link to its field.</summary>
[HtmlTargetElement("dsfr-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrErrorSummaryTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState
            .Where(kv => kv.Value is { Errors.Count: > 0 })
            .Select(kv => (kv.Key, Message: kv.Value!.Errors[0].ErrorMessage))
            .ToList();
        if (errors.Count == 0) { output.SuppressOutput(); return; }
        var list = Dsfr.Tag("ul");
        foreach (var (key, message) in errors)
        {
            var li = Dsfr.Tag("li");
            if (key.Length == 0) li.InnerHtml.Append(message);
            else
            {
                var link = Dsfr.Text("a", null, message);
                link.Attributes["href"] = "#" + TagBuilder.CreateSanitizedId(key, "_");
                li.InnerHtml.AppendHtml(link);
            }
            list.InnerHtml.AppendHtml(li);
        }
        var summary = Dsfr.Tag("div", "fr-alert fr-alert--error fr-mb-4w", "erreurs");
        summary.Attributes["role"] = "alert";
        summary.Attributes["tabindex"] = "-1";
        summary.InnerHtml.AppendHtml(Dsfr.Text("h2", "fr-alert__title",
            errors.Count == 1 ? "Le formulaire contient une erreur" : $"Le formulaire contient {errors.Count} erreurs"));
        summary.InnerHtml.AppendHtml(list);
        Dsfr.Become(output, summary);
    }
}
