using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;
using Microsoft.Extensions.Caching.Memory;

namespace Eig.Web.Contenus;

/// <summary>
/// Turns the program's Markdown into HTML that is safe to put in a page, as the former site showed it: Hugo
/// shortcodes and video iframes become this site's markup first (<see cref="Shortcodes"/>); raw HTML in the text
/// (the program's posts hold &lt;br/&gt;, links, paragraphs) is rendered, through a sanitizer with an allow-list
/// that drops scripts, event handlers, styles, any other iframe and any URL scheme other than http(s), mailto and
/// relative links (no javascript:). Nothing of it ever shows as literal text.
/// Empty images (<c>![]()</c>, common in the program's files) are removed rather than shown broken.
/// </summary>
public sealed partial class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "ins", "mark", "sub", "sup",
                "ul", "ol", "li", "a", "img", "blockquote", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
                "b", "i", "u", "s", "small", "span", "div", "figure", "figcaption", "dl", "dt", "dd", "caption", "abbr", "cite", "q",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "alt", "title", "start", "colspan", "rowspan", "lang" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
        });
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "img" } img)
            {
                var src = img.GetAttribute("src");
                if (string.IsNullOrWhiteSpace(src)) img.Remove();
                else if (!src.Contains(':') && !src.StartsWith('/') && !src.StartsWith('#')) img.SetAttribute("src", "/" + src);
                if (!img.HasAttribute("alt")) img.SetAttribute("alt", "");
            }
        };
    }

    // Rendered texts by their Markdown: the same text always gives the same HTML, so nothing needs evicting; a
    // signed-in visitor (whom the output cache does not serve) no longer pays the parse and the sanitizer's DOM on
    // every page. Bounded in characters (about 32 MB), least recently used first.
    private readonly MemoryCache _rendus = new(new MemoryCacheOptions { SizeLimit = 16_000_000 });

    /// <summary>Page sections start at h2 (the page has its own h1): a "# Titre" inside a field becomes an h2.</summary>
    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        if (_rendus.TryGetValue(markdown, out string? rendu)) return rendu!;
        rendu = Rendre(markdown);
        _rendus.Set(markdown, rendu, new MemoryCacheEntryOptions
        {
            Size = markdown.Length + rendu.Length,
            SlidingExpiration = TimeSpan.FromHours(1),
        });
        return rendu;
    }

    private string Rendre(string markdown)
    {
        var blocs = new List<string>();
        var html = Markdown.ToHtml(Shortcodes.Extraire(markdown, blocs), Pipeline);
        html = H1().Replace(html, m => m.Value.Replace("h1", "h2", StringComparison.Ordinal));
        var clean = _sanitizer.Sanitize(html).Trim();
        // An item left empty by a removed image (seed 000: "1.\n\n![](img/…)") would show a bare number.
        return Shortcodes.Remettre(EmptyParagraph().Replace(clean, ""), blocs);
    }

    /// <summary>A plain-text article (no Markdown meant): paragraphs at blank lines, line breaks kept, all encoded.</summary>
    public static string TexteBrutToHtml(string? texte)
    {
        if (string.IsNullOrWhiteSpace(texte)) return "";
        var paragraphes = texte.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Concat(paragraphes.Select(p =>
            "<p>" + string.Join("<br>", p.Split('\n').Select(l => System.Net.WebUtility.HtmlEncode(l.Trim()))) + "</p>"));
    }

    /// <summary>The text a reader sees, for descriptions, feeds and comparisons in tests.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : System.Net.WebUtility.HtmlDecode(
            Balise().Replace(Markdown.ToPlainText(Shortcodes.Extraire(markdown, []), Pipeline), "")).Trim();

    [GeneratedRegex(@"<[^>]+>|EIGBLOC\d+FIN")]
    private static partial Regex Balise();

    [GeneratedRegex(@"</?h1\b")]
    private static partial Regex H1();

    [GeneratedRegex(@"<p>\s*</p>")]
    private static partial Regex EmptyParagraph();
}
