using Eig.Web.Contenus;

namespace Eig.Web.Contenus;

/// <summary>
/// Where each file of the program's site goes, as its Netlify CMS configuration defines it
/// (<c>../shared/reference/netlify-cms-config.yml</c>): one folder per collection under <c>site/content</c>
/// (<c>defis</c>, <c>blog</c>, <c>personnes</c>, <c>themes</c>, <c>expertises</c>, <c>promos</c>,
/// <c>categories</c>) and named page files (<c>_index.md</c>, <c>program.md</c>, <c>participer/…</c>). The
/// project's own folder names (<c>articles</c>, <c>promotions</c>, <c>pages</c>) are read too. Also what address
/// each file had on the former site (Hugo), for the redirects.
/// </summary>
public static class CmsFormat
{
    /// <summary>Import order: what others refer to comes first.</summary>
    public static readonly string[] Ordre = ["themes", "expertises", "categories", "promotions", "defis", "personnes", "articles", "pages"];

    private static readonly Dictionary<string, string> Dossiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["themes"] = "themes", ["expertises"] = "expertises", ["categories"] = "categories",
        ["promos"] = "promotions", ["promotions"] = "promotions",
        ["defis"] = "defis", ["personnes"] = "personnes",
        ["blog"] = "articles", ["articles"] = "articles",
        ["pages"] = "pages", ["participer"] = "pages",
    };

    /// <summary>The CMS's folder for each collection, as the export writes them.</summary>
    public static string Dossier(string collection) => collection switch
    {
        "promotions" => "promos",
        "articles" => "blog",
        _ => collection,
    };

    /// <summary>The page files of the CMS's "pages" collection: their layout and their address here. Legal pages
    /// go to the address of the service's own page, whose text they replace.</summary>
    public static readonly IReadOnlyDictionary<string, (string Layout, string Adresse)> Pages =
        new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase)
        {
            ["_index.md"] = (Layouts.Home, "/"),
            ["program.md"] = (Layouts.Program, "/programme"),
            ["team.md"] = (Layouts.Team, "/equipe"),
            ["talents.md"] = (Layouts.Talents, "/talents"),
            ["agents.md"] = (Layouts.Agents, "/agents"),
            ["contact.md"] = (Layouts.Contact, "/contact"),
            ["defis/_index.md"] = (Layouts.Impact, "/defis"),
            ["personal-data.md"] = (Layouts.Page, "/donnees-personnelles"),
            ["accessibilite.md"] = (Layouts.Page, "/accessibilite"),
            ["cookies.md"] = (Layouts.Page, "/gestion-des-cookies"),
            ["plan.md"] = (Layouts.Page, "/plan-du-site"),
            ["cgu.md"] = (Layouts.Page, "/cgu"),
            ["presse.md"] = (Layouts.Page, "/presse"),
            ["participer/_index.md"] = (Layouts.Page, "/participer"),
            ["participer/candidats/_index.md"] = (Layouts.Candidates, "/participer/candidats"),
            ["participer/candidats/postuler.md"] = (Layouts.Demarche, "/participer/candidats/comment-postuler"),
            ["participer/candidats/faq.md"] = (Layouts.Faq, "/participer/candidats/faq"),
            ["participer/administrations/_index.md"] = (Layouts.Admins, "/participer/administrations"),
            ["participer/administrations/proposer.md"] = (Layouts.Demarche, "/participer/administrations/comment-proposer"),
            ["participer/administrations/faq.md"] = (Layouts.Faq, "/participer/administrations/faq"),
        };

    private static readonly string[] Extensions = [".md", ".markdown", ".txt"];

    /// <summary>The folder to read: <c>site/content</c> or <c>content</c> of a checkout of the former site, or
    /// the folder itself.</summary>
    public static string RacineContenu(string dossier)
    {
        foreach (var c in new[] { Path.Combine(dossier, "site", "content"), Path.Combine(dossier, "content") })
            if (Directory.Exists(c)) return c;
        return dossier;
    }

    /// <summary>The images folder that goes with it: <c>site/static/img</c>, <c>static/img</c>, or none.</summary>
    public static string? DossierImages(string dossier)
    {
        foreach (var c in new[] { Path.Combine(dossier, "site", "static", "img"), Path.Combine(dossier, "static", "img") })
            if (Directory.Exists(c)) return c;
        return null;
    }

    /// <summary>The collection a file belongs to, or why it is left out. Every file of the folder gets one answer.</summary>
    public static (string? Collection, string? Raison) Classer(string relatif, bool aFrontMatter)
    {
        var nom = Path.GetFileName(relatif);
        var ext = Path.GetExtension(relatif);
        if (nom.StartsWith('.')) return (null, "fichier caché");
        if (!Extensions.Contains(ext, StringComparer.OrdinalIgnoreCase))
            return (null, $"pas un fichier de contenu ({(ext.Length == 0 ? "sans extension" : ext)})");
        if (nom.Equals("README.md", StringComparison.OrdinalIgnoreCase)) return (null, "notice du dossier, pas une page du site");
        if (Pages.ContainsKey(relatif)) return ("pages", null);
        var parts = relatif.Split('/');
        if (parts.Length == 1) return (aFrontMatter ? "pages" : "", null);
        if (!Dossiers.TryGetValue(parts[0], out var collection))
            return (null, $"dossier « {parts[0]} » absent de la configuration du CMS");
        if (collection == "pages") return ("pages", null);
        if (nom.StartsWith("_index", StringComparison.OrdinalIgnoreCase))
            return (null, "page de liste de Hugo : la liste est faite ici par le service");
        if (parts.Length > 2) return (null, $"sous-dossier de « {parts[0]} » que le CMS ne lit pas");
        return (collection, null);
    }

    /// <summary>The address Hugo gave a file: its <c>url</c>, else section/name/ in lower case (Hugo's default).</summary>
    public static string AncienneAdresse(string relatif, string? url)
    {
        if (!string.IsNullOrWhiteSpace(url)) return url.Trim();
        var sans = relatif[..^Path.GetExtension(relatif).Length];
        if (sans.EndsWith("_index", StringComparison.OrdinalIgnoreCase)) sans = sans[..^"_index".Length];
        return "/" + sans.Replace(' ', '-').ToLowerInvariant().Trim('/') + "/";
    }

    /// <summary>Where a record of a collection lives on this site.</summary>
    public static string Adresse(string collection, string cle) => collection switch
    {
        "defis" => "/defis/" + cle,
        "articles" => "/actualites/" + cle,
        "personnes" => "/personnes/" + cle,
        "themes" => "/defis?Filtres.Theme=" + Uri.EscapeDataString(cle),
        "expertises" => "/defis?Filtres.Expertise=" + Uri.EscapeDataString(cle),
        "promotions" => "/defis?Filtres.Promotion=" + Uri.EscapeDataString(cle),
        "categories" => "/actualites?Categorie=" + Uri.EscapeDataString(cle),
        _ => cle,
    };

    /// <summary>Same address written two ways (trailing slash, case, accents encoded or not)?</summary>
    public static bool MemeAdresse(string a, string b) =>
        string.Equals(Redirection.Normaliser(a), Redirection.Normaliser(b), StringComparison.Ordinal);
}
