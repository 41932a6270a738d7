using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eig.Web.TagHelpers.Dsfr;

internal static class Html
{
    /// <summary>Encodes markup characters but leaves accented letters readable (é, not &amp;#233;).</summary>
    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string E(string? s) => Encoder.Encode(s ?? "");
}

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
        var body = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "div";
        output.Attributes.SetAttribute("class", $"fr-alert fr-alert--{Type}{(Small ? " fr-alert--sm" : "")}");
        // Errors and successes are announced to screen readers as soon as the page shows them.
        output.Attributes.SetAttribute("role", Type is "error" ? "alert" : "status");
        var title = Title is null ? "" : $"<h{HeadingLevel} class=\"fr-alert__title\">{Html.E(Title)}</h{HeadingLevel}>";
        output.Content.SetHtmlContent(title + (string.IsNullOrWhiteSpace(body) ? "" : $"<p>{body}</p>"));
    }
}

/// <summary><c>&lt;dsfr-notice title="…"&gt;</c>: a banner of important information at the top of a page.</summary>
[HtmlTargetElement("dsfr-notice")]
public sealed class DsfrNoticeTagHelper : TagHelper
{
    public string? Title { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var body = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "div";
        output.Attributes.SetAttribute("class", "fr-notice fr-notice--info");
        output.Content.SetHtmlContent($"<div class=\"fr-container\"><div class=\"fr-notice__body\"><p><span class=\"fr-notice__title\">{Html.E(Title)}</span> <span class=\"fr-notice__desc\">{body}</span></p></div></div>");
    }
}

/// <summary><c>&lt;dsfr-button kind="secondary" icon="fr-icon-download-line"&gt;</c>; with <c>href</c> it is a link styled as a button.</summary>
[HtmlTargetElement("dsfr-button")]
public sealed class DsfrButtonTagHelper : TagHelper
{
    public string Kind { get; set; } = "primary";
    public string? Href { get; set; }
    public string Type { get; set; } = "submit";
    public string? Icon { get; set; }
    public string? IconPosition { get; set; } = "left";
    public string? Size { get; set; }
    public string? Name { get; set; }
    public string? Value { get; set; }
    public string? Id { get; set; }
    public bool Disabled { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var css = "fr-btn" + (Kind == "primary" ? "" : $" fr-btn--{Kind}") + (Size is null ? "" : $" fr-btn--{Size}")
                  + (Icon is null ? "" : $" {Icon} fr-btn--icon-{IconPosition}");
        if (output.Attributes.TryGetAttribute("class", out var extra)) css += " " + extra.Value;
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Href is not null)
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", Href);
        }
        else
        {
            output.TagName = "button";
            output.Attributes.SetAttribute("type", Type);
            if (Name is not null) output.Attributes.SetAttribute("name", Name);
            if (Value is not null) output.Attributes.SetAttribute("value", Value);
            if (Disabled) output.Attributes.SetAttribute("disabled", "disabled");
        }
        if (Id is not null) output.Attributes.SetAttribute("id", Id);
        output.Attributes.SetAttribute("class", css);
    }
}

/// <summary><c>&lt;dsfr-card title="…" href="…" desc="…" detail="…" badge="…" /&gt;</c>: the whole card is a link.</summary>
[HtmlTargetElement("dsfr-card")]
public sealed class DsfrCardTagHelper : TagHelper
{
    public string Title { get; set; } = "";
    public string? Href { get; set; }
    public string? Desc { get; set; }
    public string? Detail { get; set; }
    public string? Badge { get; set; }
    public string? ImageUrl { get; set; }
    public int HeadingLevel { get; set; } = 3;
    public bool Horizontal { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var extra = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "fr-card" + (Href is null ? "" : " fr-enlarge-link") + (Horizontal ? " fr-card--horizontal" : ""));
        var h = $"h{HeadingLevel}";
        var title = Href is null ? Html.E(Title) : $"<a href=\"{Html.E(Href)}\">{Html.E(Title)}</a>";
        var start = Badge is null && Detail is null ? "" :
            "<div class=\"fr-card__start\">" + (Badge is null ? "" : $"<ul class=\"fr-badges-group\"><li><p class=\"fr-badge fr-badge--sm\">{Html.E(Badge)}</p></li></ul>")
            + (Detail is null ? "" : $"<p class=\"fr-card__detail\">{Html.E(Detail)}</p>") + "</div>";
        var img = ImageUrl is null ? "" : $"<div class=\"fr-card__header\"><div class=\"fr-card__img\"><img class=\"fr-responsive-img\" src=\"{Html.E(ImageUrl)}\" alt=\"\" loading=\"lazy\"></div></div>";
        output.Content.SetHtmlContent($"<div class=\"fr-card__body\"><div class=\"fr-card__content\"><{h} class=\"fr-card__title\">{title}</{h}>"
            + (Desc is null ? "" : $"<p class=\"fr-card__desc\">{Html.E(Desc)}</p>") + start + extra + $"</div></div>{img}");
    }
}

/// <summary><c>&lt;dsfr-tile title="…" href="…" desc="…" /&gt;</c></summary>
[HtmlTargetElement("dsfr-tile")]
public sealed class DsfrTileTagHelper : TagHelper
{
    public string Title { get; set; } = "";
    public string Href { get; set; } = "#";
    public string? Desc { get; set; }
    public int HeadingLevel { get; set; } = 3;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "fr-tile fr-enlarge-link");
        output.Content.SetHtmlContent($"<div class=\"fr-tile__body\"><div class=\"fr-tile__content\"><h{HeadingLevel} class=\"fr-tile__title\"><a href=\"{Html.E(Href)}\">{Html.E(Title)}</a></h{HeadingLevel}>"
            + (Desc is null ? "" : $"<p class=\"fr-tile__desc\">{Html.E(Desc)}</p>") + "</div></div>");
    }
}

/// <summary><c>&lt;dsfr-table caption="…"&gt;&lt;thead&gt;…&lt;/tbody&gt;&lt;/dsfr-table&gt;</c>: DSFR's scrollable table wrapper.</summary>
[HtmlTargetElement("dsfr-table")]
public sealed class DsfrTableTagHelper : TagHelper
{
    public string Caption { get; set; } = "";
    public bool CaptionHidden { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var body = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "div";
        output.Attributes.SetAttribute("class", "fr-table");
        var caption = $"<caption{(CaptionHidden ? " class=\"fr-sr-only\"" : "")}>{Html.E(Caption)}</caption>";
        output.Content.SetHtmlContent($"<div class=\"fr-table__wrapper\"><div class=\"fr-table__container\" tabindex=\"0\"><div class=\"fr-table__content\"><table>{caption}{body}</table></div></div></div>");
    }
}

/// <summary><c>&lt;dsfr-badge type="success"&gt;Lauréat&lt;/dsfr-badge&gt;</c> — type: success, error, info, warning, new, or none.</summary>
[HtmlTargetElement("dsfr-badge")]
public sealed class DsfrBadgeTagHelper : TagHelper
{
    public string? Type { get; set; }
    public bool Small { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "p";
        output.Attributes.SetAttribute("class", "fr-badge" + (Type is null ? "" : $" fr-badge--{Type}") + (Small ? " fr-badge--sm" : ""));
    }
}

/// <summary><c>&lt;dsfr-tag href="…"&gt;Santé&lt;/dsfr-tag&gt;</c></summary>
[HtmlTargetElement("dsfr-tag")]
public sealed class DsfrTagTagHelper : TagHelper
{
    public string? Href { get; set; }
    public bool Small { get; set; }
    public bool Current { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = Href is null ? "p" : "a";
        if (Href is not null) output.Attributes.SetAttribute("href", Href);
        if (Current) output.Attributes.SetAttribute("aria-current", "page");
        output.Attributes.SetAttribute("class", "fr-tag" + (Small ? " fr-tag--sm" : ""));
    }
}

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
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "fr-stepper");
        output.Content.SetHtmlContent(
            $"<h{HeadingLevel} class=\"fr-stepper__title\">{Html.E(Title)}<span class=\"fr-stepper__state\">Étape {Current} sur {Total}</span></h{HeadingLevel}>"
            + $"<div class=\"fr-stepper__steps\" data-fr-current-step=\"{Current}\" data-fr-steps=\"{Total}\"></div>"
            + (NextTitle is null ? "" : $"<p class=\"fr-stepper__details\"><span class=\"fr-text--bold\">Étape suivante :</span> {Html.E(NextTitle)}</p>"));
    }
}

/// <summary>A breadcrumb: <c>&lt;dsfr-breadcrumb&gt;&lt;dsfr-crumb href="/"&gt;Accueil&lt;/dsfr-crumb&gt;&lt;dsfr-crumb&gt;Page&lt;/dsfr-crumb&gt;&lt;/dsfr-breadcrumb&gt;</c>.
/// The last crumb (no href) is the current page.</summary>
[HtmlTargetElement("dsfr-breadcrumb")]
public sealed class DsfrBreadcrumbTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var id = "fil-ariane-" + context.UniqueId[..8];
        var items = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "nav";
        output.Attributes.SetAttribute("role", "navigation");
        output.Attributes.SetAttribute("class", "fr-breadcrumb");
        output.Attributes.SetAttribute("aria-label", "vous êtes ici :");
        output.Content.SetHtmlContent($"<button type=\"button\" class=\"fr-breadcrumb__button\" aria-expanded=\"false\" aria-controls=\"{id}\">Voir le fil d’Ariane</button>"
            + $"<div class=\"fr-collapse\" id=\"{id}\"><ol class=\"fr-breadcrumb__list\">{items}</ol></div>");
    }
}

[HtmlTargetElement("dsfr-crumb", ParentTag = "dsfr-breadcrumb")]
public sealed class DsfrCrumbTagHelper : TagHelper
{
    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var text = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "li";
        output.Content.SetHtmlContent(Href is null
            ? $"<a class=\"fr-breadcrumb__link\" aria-current=\"page\">{text}</a>"
            : $"<a class=\"fr-breadcrumb__link\" href=\"{Html.E(Href)}\">{text}</a>");
    }
}

/// <summary><c>&lt;dsfr-pagination page="2" total-pages="9" url-format="/defis?page={0}" /&gt;</c></summary>
[HtmlTargetElement("dsfr-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrPaginationTagHelper : TagHelper
{
    public int Page { get; set; } = 1;
    public int TotalPages { get; set; } = 1;
    public string UrlFormat { get; set; } = "?page={0}";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (TotalPages <= 1) { output.SuppressOutput(); return; }
        string Url(int p) => Html.E(string.Format(System.Globalization.CultureInfo.InvariantCulture, UrlFormat, p));
        string Link(string css, int p, string label, bool enabled) => enabled
            ? $"<li><a class=\"fr-pagination__link {css}\" href=\"{Url(p)}\">{label}</a></li>"
            : $"<li><a class=\"fr-pagination__link {css}\" aria-disabled=\"true\" role=\"link\">{label}</a></li>";
        var html = Link("fr-pagination__link--first", 1, "Première page", Page > 1)
                   + Link("fr-pagination__link--prev fr-pagination__link--lg-label", Page - 1, "Page précédente", Page > 1);
        var from = Math.Max(1, Page - 2);
        var to = Math.Min(TotalPages, Page + 2);
        for (var p = from; p <= to; p++)
            html += p == Page
                ? $"<li><a class=\"fr-pagination__link\" aria-current=\"page\" title=\"Page {p}\">{p}</a></li>"
                : $"<li><a class=\"fr-pagination__link\" href=\"{Url(p)}\" title=\"Page {p}\">{p}</a></li>";
        html += Link("fr-pagination__link--next fr-pagination__link--lg-label", Page + 1, "Page suivante", Page < TotalPages)
                + Link("fr-pagination__link--last", TotalPages, "Dernière page", Page < TotalPages);
        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("role", "navigation");
        output.Attributes.SetAttribute("class", "fr-pagination");
        output.Attributes.SetAttribute("aria-label", "Pagination");
        output.Content.SetHtmlContent($"<ul class=\"fr-pagination__list\">{html}</ul>");
    }
}

/// <summary>At the top of a form that failed: "Le formulaire contient n erreurs", each a link to its field.</summary>
[HtmlTargetElement("dsfr-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DsfrErrorSummaryTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState
            .Where(kv => kv.Value is { Errors.Count: > 0 })
            .Select(kv => (Key: kv.Key, Message: kv.Value!.Errors[0].ErrorMessage))
            .ToList();
        if (errors.Count == 0) { output.SuppressOutput(); return; }
        var items = string.Concat(errors.Select(e => e.Key.Length == 0
            ? $"<li>{Html.E(e.Message)}</li>"
            : $"<li><a href=\"#{TagBuilder.CreateSanitizedId(e.Key, "_")}\">{Html.E(e.Message)}</a></li>"));
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "fr-alert fr-alert--error fr-mb-4w");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("id", "erreurs");
        output.Attributes.SetAttribute("tabindex", "-1");
        var title = errors.Count == 1 ? "Le formulaire contient une erreur" : $"Le formulaire contient {errors.Count} erreurs";
        output.Content.SetHtmlContent(new HtmlString($"<h2 class=\"fr-alert__title\">{title}</h2><ul>{items}</ul>"));
    }
}
