using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>A group of DSFR accordions: <c>&lt;dsfr-accordions&gt;&lt;dsfr-accordion title="Question"&gt;Réponse&lt;/dsfr-accordion&gt;…&lt;/dsfr-accordions&gt;</c>.</summary>
[HtmlTargetElement("dsfr-accordions")]
public sealed class DsfrAccordionsTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        Dsfr.SetClass(output, "fr-accordions-group");
    }
}

/// <summary>One DSFR accordion: its title is a button that shows or hides the content (a DSFR collapse).
/// <c>id</c> names the collapse (else one is made up); <c>expanded</c> opens it.</summary>
[HtmlTargetElement("dsfr-accordion")]
public sealed class DsfrAccordionTagHelper : TagHelper
{
    public string Title { get; set; } = "";
    public string? Id { get; set; }
    public int HeadingLevel { get; set; } = 3;
    public bool Expanded { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var id = Id ?? "accordeon-" + context.UniqueId[..8];
        var button = Dsfr.Text("button", "fr-accordion__btn", Title);
        button.Attributes["type"] = "button";
        button.Attributes["aria-expanded"] = Expanded ? "true" : "false";
        button.Attributes["aria-controls"] = id;
        var title = Dsfr.Tag($"h{HeadingLevel}", "fr-accordion__title");
        title.InnerHtml.AppendHtml(button);
        var collapse = Dsfr.Tag("div", "fr-collapse", id);
        collapse.InnerHtml.AppendHtml(await output.GetChildContentAsync());
        var accordion = Dsfr.Tag("section", "fr-accordion");
        accordion.InnerHtml.AppendHtml(title);
        accordion.InnerHtml.AppendHtml(collapse);
        Dsfr.Become(output, accordion);
    }
}
