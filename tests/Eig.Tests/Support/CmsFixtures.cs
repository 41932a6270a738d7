namespace Eig.Tests.Support;

/// <summary>The project's own corpus in the format the program's Netlify CMS writes (Fixtures/site-cms: a
/// checkout's site/content and site/static/img), with every field of the CMS configuration, each shortcode the
/// program's content uses, raw HTML, SVG, a bare-year date, a duplicate key, relations by title with spaces.</summary>
public static class CmsFixtures
{
    public static string Racine => Path.Combine(AppContext.BaseDirectory, "Fixtures", "site-cms");
    public static string Contenu => Path.Combine(Racine, "site", "content");
    public static string Images => Path.Combine(Racine, "site", "static", "img");

    public static IReadOnlyList<string> FichiersDeContenu() =>
        [.. Directory.EnumerateFiles(Contenu, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Contenu, f).Replace('\\', '/'))];
}
