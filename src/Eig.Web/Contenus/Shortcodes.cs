using System.Net;
using System.Text.RegularExpressions;
using Eig.Web.Contenus.Site;

namespace Eig.Web.Contenus;

/// <summary>
/// The Hugo shortcodes the program's content uses, and the video iframes pasted as raw HTML, turned into this site's
/// markup before the Markdown is read: each becomes a placeholder word that Markdown and the sanitizer leave alone,
/// replaced afterwards by HTML built here (every value encoded, every link checked).
/// <list type="bullet">
/// <item><c>{{&lt; dailymotion ID "titre" &gt;}}</c>, <c>{{&lt; youtube ID &gt;}}</c> / <c>id="…" title="…"</c>,
/// <c>{{&lt; vimeo ID &gt;}}</c>, and an <c>&lt;iframe&gt;</c> from those hosts: a privacy-respecting video — a link
/// to the video on its host, and a button (shown by /js/site.js) that loads the host's player only when clicked.</item>
/// <item><c>{{&lt; arrow-link "url" "texte" &gt;}}</c> (or <c>url=</c>/<c>href=</c>, <c>text=</c>/<c>title=</c>, or the
/// text between an opening and a closing tag): a DSFR link with its arrow.</item>
/// <item><c>{{&lt; figure src="…" alt="…" caption="…" &gt;}}</c> (Hugo's own): an image with its caption.</item>
/// <item>An iframe from any other host is not embedded: a link to it, when it is https, stands in its place.</item>
/// <item>Any other shortcode keeps its inner text only; the import lists it (<see cref="Inconnus"/>).</item>
/// </list>
/// </summary>
public static partial class Shortcodes
{
    public static readonly string[] Connus = ["dailymotion", "youtube", "vimeo", "arrow-link", "figure"];

    private const string Marque = "EIGBLOC";

    /// <summary>The text with each shortcode and iframe replaced by a placeholder; <paramref name="blocs"/> gets their HTML.</summary>
    public static string Extraire(string markdown, List<string> blocs)
    {
        if (!markdown.Contains("{{", StringComparison.Ordinal) && !markdown.Contains("<iframe", StringComparison.OrdinalIgnoreCase))
            return markdown;
        string Place(string html)
        {
            blocs.Add(html);
            return Marque + (blocs.Count - 1) + "FIN";
        }
        var t = Paire().Replace(markdown, m => Place(Rendre(m.Groups["nom"].Value, Arguments(m.Groups["args"].Value), m.Groups["inner"].Value)));
        t = Simple().Replace(t, m => m.Groups["nom"].Value.StartsWith('/') ? "" : Place(Rendre(m.Groups["nom"].Value, Arguments(m.Groups["args"].Value), null)));
        t = Iframe().Replace(t, m => Place(DepuisIframe(m.Value)));
        return t;
    }

    /// <summary>Puts the HTML of each placeholder back, a block one taking its paragraph's place.</summary>
    public static string Remettre(string html, List<string> blocs)
    {
        if (blocs.Count == 0) return html;
        html = ParagrapheSeul().Replace(html, m => blocs[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        return Place().Replace(html, m => blocs[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
    }

    /// <summary>The shortcodes of a text this site does not know (for the import summary).</summary>
    public static IReadOnlyList<string> Inconnus(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? [] :
        [.. Simple().Matches(markdown).Select(m => m.Groups["nom"].Value.TrimStart('/')).Where(n => !Connus.Contains(n, StringComparer.OrdinalIgnoreCase)).Distinct()];

    private sealed record Args(List<string> Positions, Dictionary<string, string> Noms)
    {
        public string? Get(int position, params string[] noms)
        {
            foreach (var n in noms)
                if (Noms.TryGetValue(n, out var v)) return v;
            return position < Positions.Count ? Positions[position] : null;
        }
    }

    private static Args Arguments(string texte)
    {
        var a = new Args([], new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
        foreach (Match m in Argument().Matches(texte))
        {
            var valeur = m.Groups["dq"].Success ? Regex.Unescape(m.Groups["dq"].Value) : m.Groups["sq"].Success ? m.Groups["sq"].Value : m.Groups["nu"].Value;
            if (m.Groups["cle"].Success) a.Noms[m.Groups["cle"].Value] = valeur;
            else a.Positions.Add(valeur);
        }
        return a;
    }

    private static string Rendre(string nom, Args a, string? interieur)
    {
        switch (nom.ToLowerInvariant())
        {
            case "youtube": return Video(Hote.YouTube, a.Get(0, "id"), a.Get(1, "title", "titre"));
            case "dailymotion": return Video(Hote.Dailymotion, a.Get(0, "id"), a.Get(1, "title", "titre"));
            case "vimeo": return Video(Hote.Vimeo, a.Get(0, "id"), a.Get(1, "title", "titre"));
            case "arrow-link":
            {
                var url = FrontMatterView.Lien(a.Get(0, "url", "href", "link", "lien"));
                var texte = a.Get(1, "text", "texte", "title", "titre", "label") ?? interieur?.Trim();
                if (string.IsNullOrWhiteSpace(texte)) texte = url;
                if (url is null) return E(texte ?? "");
                var externe = url.StartsWith("http", StringComparison.OrdinalIgnoreCase);
                return $"<a class=\"fr-link fr-icon-arrow-right-line fr-link--icon-right\" href=\"{E(url)}\"" +
                       (externe ? $" target=\"_blank\" rel=\"noopener\" title=\"{E(texte!)} — nouvelle fenêtre\"" : "") + $">{E(texte!)}</a>";
            }
            case "figure":
            {
                var src = FrontMatterView.Image(a.Get(0, "src"));
                if (src.Length == 0) return "";
                var legende = a.Get(99, "caption", "title");
                return $"<figure class=\"fr-content-media\"><img class=\"fr-responsive-img\" src=\"{E(src)}\" alt=\"{E(a.Get(99, "alt") ?? "")}\" loading=\"lazy\">" +
                       (string.IsNullOrWhiteSpace(legende) ? "" : $"<figcaption class=\"fr-content-media__caption\">{E(legende)}</figcaption>") + "</figure>";
            }
            default:
                return E(interieur?.Trim() ?? "");
        }
    }

    private enum Hote { YouTube, Dailymotion, Vimeo }

    private static string Video(Hote hote, string? id, string? titre)
    {
        if (id is null || !IdVideo().IsMatch(id)) return "";
        var (nom, lecteur, page) = hote switch
        {
            Hote.YouTube => ("YouTube", $"https://www.youtube-nocookie.com/embed/{id}?autoplay=1", $"https://www.youtube.com/watch?v={id}"),
            Hote.Dailymotion => ("Dailymotion", $"https://www.dailymotion.com/embed/video/{id}?autoplay=1", $"https://www.dailymotion.com/video/{id}"),
            _ => ("Vimeo", $"https://player.vimeo.com/video/{id}?dnt=1&autoplay=1", $"https://vimeo.com/{id}"),
        };
        var t = string.IsNullOrWhiteSpace(titre) ? "Vidéo" : titre.Trim();
        return $"<figure class=\"fr-content-media eig-video\" data-eig-video=\"{E(lecteur)}\" data-eig-titre=\"{E(t)}\">" +
               $"<div class=\"eig-video__cadre\"><p class=\"fr-text--sm fr-mb-1w\">« {E(t)} » est une vidéo {nom}. La lire ici charge le lecteur de {nom}, qui peut déposer des cookies.</p>" +
               $"<button type=\"button\" class=\"fr-btn fr-btn--secondary fr-icon-play-line fr-btn--icon-left\" hidden>Lire la vidéo ici</button></div>" +
               $"<figcaption class=\"fr-content-media__caption\"><a class=\"fr-link\" href=\"{E(page)}\" target=\"_blank\" rel=\"noopener\" title=\"{E(t)} sur {nom} — nouvelle fenêtre\">Voir « {E(t)} » sur {nom}</a></figcaption></figure>";
    }

    /// <summary>An iframe pasted in a post: a video of an allowed host becomes the same click-to-load video; any
    /// other is never embedded.</summary>
    private static string DepuisIframe(string iframe)
    {
        var src = SrcIframe().Match(iframe) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[2].Value) : "";
        var titre = TitreIframe().Match(iframe) is { Success: true } tm ? WebUtility.HtmlDecode(tm.Groups[2].Value) : null;
        if (!Uri.TryCreate(src.StartsWith("//", StringComparison.Ordinal) ? "https:" + src : src, UriKind.Absolute, out var uri)) return "";
        var hote = uri.Host.ToLowerInvariant();
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        if (hote is "www.youtube.com" or "youtube.com" or "www.youtube-nocookie.com" or "youtube-nocookie.com" && segments is ["embed", var yt, ..])
            return Video(Hote.YouTube, yt, titre);
        if (hote is "www.dailymotion.com" or "dailymotion.com" && segments is ["embed", "video", var dm, ..])
            return Video(Hote.Dailymotion, dm, titre);
        if (hote == "geo.dailymotion.com" && System.Web.HttpUtility.ParseQueryString(uri.Query)["video"] is { } dmq)
            return Video(Hote.Dailymotion, dmq, titre);
        if (hote == "player.vimeo.com" && segments is ["video", var vm, ..])
            return Video(Hote.Vimeo, vm, titre);
        return uri.Scheme == Uri.UriSchemeHttps
            ? $"<p><a class=\"fr-link\" href=\"{E(uri.ToString())}\" target=\"_blank\" rel=\"noopener\" title=\"Contenu de {E(hote)} — nouvelle fenêtre\">Contenu externe sur {E(hote)}</a></p>"
            : "";
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    [GeneratedRegex(@"\{\{[<%]\s*(?<nom>[\w-]+)(?<args>[^}]*?)\s*[>%]\}\}(?<inner>.*?)\{\{[<%]\s*/\k<nom>\s*[>%]\}\}", RegexOptions.Singleline)]
    private static partial Regex Paire();

    [GeneratedRegex(@"\{\{[<%]\s*(?<nom>/?[\w-]+)(?<args>[^}]*?)\s*/?\s*[>%]\}\}")]
    private static partial Regex Simple();

    [GeneratedRegex(@"<iframe\b[^>]*>(?:.*?</iframe\s*>)?", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Iframe();

    [GeneratedRegex(@"\bsrc\s*=\s*(""|')(.*?)\1", RegexOptions.IgnoreCase)]
    private static partial Regex SrcIframe();

    [GeneratedRegex(@"\btitle\s*=\s*(""|')(.*?)\1", RegexOptions.IgnoreCase)]
    private static partial Regex TitreIframe();

    [GeneratedRegex(@"(?:(?<cle>[\w-]+)\s*=\s*)?(?:""(?<dq>(?:[^""\\]|\\.)*)""|'(?<sq>[^']*)'|(?<nu>[^\s""'=]+))")]
    private static partial Regex Argument();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{3,32}$")]
    private static partial Regex IdVideo();

    [GeneratedRegex(@"<p>\s*" + Marque + @"(\d+)FIN\s*</p>")]
    private static partial Regex ParagrapheSeul();

    [GeneratedRegex(Marque + @"(\d+)FIN")]
    private static partial Regex Place();
}
