using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>The DSFR search bar as a GET form, working without JavaScript:
/// <c>&lt;dsfr-search id="recherche" action="/admin/recherche" label="Rechercher dans la plateforme" value="@Model.Q" /&gt;</c>.
/// <c>name</c> defaults to <c>q</c>; <c>large</c> gives the bigger bar; <c>error</c> shows a message under the bar,
/// tied to the field.</summary>
[HtmlTargetElement("dsfr-search", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrSearchTagHelper : TagHelper
{
    public string Id { get; set; } = "recherche";
    public string Action { get; set; } = "";
    public string Name { get; set; } = "q";
    public string Label { get; set; } = "Rechercher";
    public string? Value { get; set; }
    public string? Placeholder { get; set; }
    public int? Maxlength { get; set; }
    public bool Large { get; set; }
    public string? Error { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "form";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("method", "get");
        output.Attributes.SetAttribute("action", Action);
        output.Attributes.SetAttribute("role", "search");
        output.Attributes.SetAttribute("aria-label", Label);

        var input = $"{Id}-input";
        var bar = new TagBuilder("div");
        bar.AddCssClass(Dsfr.Css("fr-search-bar", Large ? "fr-search-bar--lg" : null));
        bar.Attributes["id"] = Id;

        var label = new TagBuilder("label");
        label.AddCssClass("fr-label");
        label.Attributes["for"] = input;
        label.InnerHtml.Append(Label);
        bar.InnerHtml.AppendHtml(label);

        var champ = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        champ.AddCssClass(Dsfr.Css("fr-input", Error is null ? null : "fr-input--error"));
        champ.Attributes["type"] = "search";
        champ.Attributes["id"] = input;
        champ.Attributes["name"] = Name;
        champ.Attributes["placeholder"] = Placeholder ?? Label;
        if (Value is not null) champ.Attributes["value"] = Value;
        if (Maxlength is { } max) champ.Attributes["maxlength"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Error is not null) { champ.Attributes["aria-invalid"] = "true"; champ.Attributes["aria-describedby"] = $"{Id}-erreur"; }
        bar.InnerHtml.AppendHtml(champ);

        var bouton = new TagBuilder("button");
        bouton.AddCssClass("fr-btn");
        bouton.Attributes["title"] = "Rechercher";
        bouton.InnerHtml.Append("Rechercher");
        bar.InnerHtml.AppendHtml(bouton);

        output.Content.AppendHtml(bar);
        if (Error is not null)
        {
            var erreur = new TagBuilder("p");
            erreur.AddCssClass("fr-error-text");
            erreur.Attributes["id"] = $"{Id}-erreur";
            erreur.InnerHtml.Append(Error);
            output.Content.AppendHtml(erreur);
        }
    }
}
