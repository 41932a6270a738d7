using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-alert type="success" title="Dossier déposé"&gt;Texte&lt;/dsfr-alert&gt;</c> — type: info, success, warning, error.</summary>
[HtmlTargetElement("dsfr-alert")]
public sealed class DsfrAlertTagHelper : TagHelper
{
    public string Type { get; set; } = "info";
    public string? Title { get; set; }
    public bool Small { get; set; }
    /// <summary>The title's heading level: 2 under a page's h1 (the default), 3 inside a section.</summary>
    public int HeadingLevel { get; set; } = 2;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var body = await output.GetChildContentAsync();
        var alert = Dsfr.Tag("div", Dsfr.Css("fr-alert", $"fr-alert--{Type}", Small ? "fr-alert--sm" : null));
        // Errors and successes are announced to screen readers as soon as the page shows them.
        alert.Attributes["role"] = Type is "error" ? "alert" : "status";
        if (Title is not null) alert.InnerHtml.AppendHtml(Dsfr.Text($"h{HeadingLevel}", "fr-alert__title", Title));
        if (!body.IsEmptyOrWhiteSpace)
        {
            var p = Dsfr.Tag("p");
            p.InnerHtml.AppendHtml(body);
            alert.InnerHtml.AppendHtml(p);
        }
        Dsfr.Become(output, alert);
    }
}
