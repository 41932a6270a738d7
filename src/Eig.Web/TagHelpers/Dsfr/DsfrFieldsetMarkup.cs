using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>The parts of a DSFR fieldset, shared by the bound choices and the free <c>dsfr-fields</c>.</summary>
internal static class DsfrFieldsetMarkup
{
    public static string LegendId(string id) => id + "-legende";
    public static string MessagesId(string id) => id + "-messages";

    public static TagBuilder Fieldset(string id, bool error)
    {
        var fieldset = Dsfr.Tag("fieldset", Dsfr.Css("fr-fieldset", error ? "fr-fieldset--error" : null), id);
        fieldset.Attributes["aria-labelledby"] = $"{LegendId(id)} {MessagesId(id)}";
        return fieldset;
    }

    public static TagBuilder Legend(string id, IHtmlContent content, string? hint, string css)
    {
        var legend = Dsfr.Tag("legend", css, LegendId(id));
        legend.InnerHtml.AppendHtml(content);
        if (hint is not null) legend.InnerHtml.AppendHtml(Dsfr.Text("span", "fr-hint-text", hint));
        return legend;
    }

    public static TagBuilder Legend(string id, string text, string? hint, string css) =>
        Legend(id, new HtmlContentBuilder().Append(text), hint, css);

    public static TagBuilder Messages(string id, string? error, string? errorId = null)
    {
        var messages = Dsfr.Tag("div", "fr-messages-group", MessagesId(id));
        messages.Attributes["aria-live"] = "polite";
        if (error is not null) messages.InnerHtml.AppendHtml(Dsfr.Text("p", "fr-message fr-message--error", error, errorId ?? id + "-erreur"));
        return messages;
    }
}
