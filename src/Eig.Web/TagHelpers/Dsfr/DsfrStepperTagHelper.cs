using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-stepper current="2" total="4" title="Le problème" next-title="L'équipe" /&gt;</c> — "Étape n sur N".</summary>
[HtmlTargetElement("dsfr-stepper", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrStepperTagHelper : TagHelper
{
    public int Current { get; set; }
    public int Total { get; set; }
    public string Title { get; set; } = "";
    public string? NextTitle { get; set; }
    public int HeadingLevel { get; set; } = 2;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var title = Dsfr.Text($"h{HeadingLevel}", "fr-stepper__title", Title);
        title.InnerHtml.AppendHtml(Dsfr.Text("span", "fr-stepper__state", $"Étape {Current} sur {Total}"));
        var steps = Dsfr.Tag("div", "fr-stepper__steps");
        steps.Attributes["data-fr-current-step"] = Current.ToString(CultureInfo.InvariantCulture);
        steps.Attributes["data-fr-steps"] = Total.ToString(CultureInfo.InvariantCulture);
        var stepper = Dsfr.Tag("div", "fr-stepper");
        stepper.InnerHtml.AppendHtml(title);
        stepper.InnerHtml.AppendHtml(steps);
        if (NextTitle is not null)
        {
            var details = Dsfr.Tag("p", "fr-stepper__details");
            details.InnerHtml.AppendHtml(Dsfr.Text("span", "fr-text--bold", "Étape suivante :")).Append(" " + NextTitle);
            stepper.InnerHtml.AppendHtml(details);
        }
        Dsfr.Become(output, stepper);
    }
}
