using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary>A breadcrumb: <c>&lt;dsfr-breadcrumb&gt;&lt;dsfr-crumb href="/"&gt;Accueil&lt;/dsfr-crumb&gt;&lt;dsfr-crumb&gt;Page&lt;/dsfr-crumb&gt;&lt;/dsfr-breadcrumb&gt;</c>.
/// The last crumb (no href) is the current page.</summary>
[HtmlTargetElement("dsfr-breadcrumb")]
public sealed class DsfrBreadcrumbTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var id = "fil-ariane-" + context.UniqueId[..8];
        var button = Dsfr.Text("button", "fr-breadcrumb__button", "Voir le fil d’Ariane");
        button.Attributes["type"] = "button";
        button.Attributes["aria-expanded"] = "false";
        button.Attributes["aria-controls"] = id;
        var list = Dsfr.Tag("ol", "fr-breadcrumb__list");
        list.InnerHtml.AppendHtml(await output.GetChildContentAsync());
        var collapse = Dsfr.Tag("div", "fr-collapse", id);
        collapse.InnerHtml.AppendHtml(list);
        var nav = Dsfr.Tag("nav", "fr-breadcrumb");
        nav.Attributes["role"] = "navigation";
        nav.Attributes["aria-label"] = "vous êtes ici :";
        nav.InnerHtml.AppendHtml(button);
        nav.InnerHtml.AppendHtml(collapse);
        Dsfr.Become(output, nav);
    }
}

/// <summary>One step of a <c>dsfr-breadcrumb</c>; without <c>href</c>, the current page.</summary>
[HtmlTargetElement("dsfr-crumb", ParentTag = "dsfr-breadcrumb")]
public sealed class DsfrCrumbTagHelper : TagHelper
{
    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var link = Dsfr.Tag("a", "fr-breadcrumb__link");
        if (Href is null) link.Attributes["aria-current"] = "page";
        else link.Attributes["href"] = Href;
        link.InnerHtml.AppendHtml(await output.GetChildContentAsync());
        var li = Dsfr.Tag("li");
        li.InnerHtml.AppendHtml(link);
        Dsfr.Become(output, li);
    }
}
