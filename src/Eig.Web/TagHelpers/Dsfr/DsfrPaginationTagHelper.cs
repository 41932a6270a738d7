using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

/// <summary><c>&lt;dsfr-pagination page="2" total-pages="9" url-format="/defis?page={0}" /&gt;</c>; nothing on a single page.</summary>
[HtmlTargetElement("dsfr-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrPaginationTagHelper : TagHelper
{
    public int Page { get; set; } = 1;
    public int TotalPages { get; set; } = 1;
    public string UrlFormat { get; set; } = "?page={0}";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (TotalPages <= 1) { output.SuppressOutput(); return; }
        var list = Dsfr.Tag("ul", "fr-pagination__list");
        list.InnerHtml.AppendHtml(Link("fr-pagination__link--first", 1, "Première page", Page > 1));
        list.InnerHtml.AppendHtml(Link("fr-pagination__link--prev fr-pagination__link--lg-label", Page - 1, "Page précédente", Page > 1));
        for (var p = Math.Max(1, Page - 2); p <= Math.Min(TotalPages, Page + 2); p++)
        {
            var number = p.ToString(CultureInfo.InvariantCulture);
            var link = Dsfr.Text("a", "fr-pagination__link", number);
            if (p == Page) link.Attributes["aria-current"] = "page";
            else link.Attributes["href"] = Url(p);
            link.Attributes["title"] = $"Page {number}";
            list.InnerHtml.AppendHtml(Item(link));
        }
        list.InnerHtml.AppendHtml(Link("fr-pagination__link--next fr-pagination__link--lg-label", Page + 1, "Page suivante", Page < TotalPages));
        list.InnerHtml.AppendHtml(Link("fr-pagination__link--last", TotalPages, "Dernière page", Page < TotalPages));
        var nav = Dsfr.Tag("nav", "fr-pagination");
        nav.Attributes["role"] = "navigation";
        nav.Attributes["aria-label"] = "Pagination";
        nav.InnerHtml.AppendHtml(list);
        Dsfr.Become(output, nav);
    }

    private string Url(int page) => string.Format(CultureInfo.InvariantCulture, UrlFormat, page);

    /// <summary>First, previous, next, last: a link, or a disabled one at either end.</summary>
    private TagBuilder Link(string css, int page, string label, bool enabled)
    {
        var link = Dsfr.Text("a", $"fr-pagination__link {css}", label);
        if (enabled) link.Attributes["href"] = Url(page);
        else
        {
            link.Attributes["aria-disabled"] = "true";
            link.Attributes["role"] = "link";
        }
        return Item(link);
    }

    private static TagBuilder Item(TagBuilder link)
    {
        var li = Dsfr.Tag("li");
        li.InnerHtml.AppendHtml(link);
        return li;
    }
}
