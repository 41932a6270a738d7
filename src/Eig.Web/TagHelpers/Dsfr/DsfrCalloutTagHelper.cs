using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>A DSFR callout (mise en avant):
/// <c>&lt;dsfr-mise-en-avant title="Vous êtes une administration" heading-level="2" text="…"&gt;&lt;dsfr-button …/&gt;&lt;/dsfr-mise-en-avant&gt;</c>.
/// <c>text</c> is the plain text paragraph; richer text goes in a <c>dsfr-mise-en-avant-texte</c> child; anything else
/// (a button, a form) follows. <c>color</c>: one of DSFR's accents (blue-ecume, green-emeraude…); <c>icon</c>: an
/// fr-icon class; <c>title-id</c> to label a <c>section</c> by its title; <c>title-tag="p"</c> when the title is no heading.
/// Named after DSFR's French name, not its class, so that a search for <c>fr-callout</c> in Pages/ finds only markup written by hand.</summary>
[HtmlTargetElement("dsfr-mise-en-avant")]
public sealed class DsfrCalloutTagHelper : TagHelper
{
    public string? Title { get; set; }
    public int HeadingLevel { get; set; } = 3;
    public string? TitleTag { get; set; }
    public string? TitleClass { get; set; }
    public string? TitleId { get; set; }
    public string? Text { get; set; }
    public string? Color { get; set; }
    public string? Icon { get; set; }
    /// <summary>The element: div by default, section for a region of the page labelled by its title.</summary>
    public string Element { get; set; } = "div";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var callout = Dsfr.Tag(Element, Dsfr.Css("fr-callout", Color is null ? null : $"fr-callout--{Color}", Icon));
        if (Title is not null)
        {
            var title = Dsfr.Text(TitleTag ?? $"h{HeadingLevel}", Dsfr.Css("fr-callout__title", TitleClass), Title, TitleId);
            callout.InnerHtml.AppendHtml(title);
            if (TitleId is not null && Element == "section") callout.Attributes["aria-labelledby"] = TitleId;
        }
        if (Text is not null) callout.InnerHtml.AppendHtml(Dsfr.Text("p", "fr-callout__text", Text));
        callout.InnerHtml.AppendHtml(await output.GetChildContentAsync());
        Dsfr.Become(output, callout);
    }
}

/// <summary>The text of a <c>dsfr-mise-en-avant</c> when it is more than plain text: <c>&lt;dsfr-mise-en-avant-texte block="true"&gt;</c>
/// is a div (for Markdown's paragraphs and lists), else a paragraph.</summary>
[HtmlTargetElement("dsfr-mise-en-avant-texte")]
public sealed class DsfrCalloutTextTagHelper : TagHelper
{
    public bool Block { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = Block ? "div" : "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        Dsfr.SetClass(output, "fr-callout__text");
    }
}
