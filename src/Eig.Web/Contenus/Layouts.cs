using System.Text.Json.Nodes;

namespace Eig.Web.Contenus;

/// <summary>What each page layout of the program's site renders, field by field. A field outside these lists is
/// kept in the page's front matter (and exported again) but reported by the import: nothing shows it yet.</summary>
public static class Layouts
{
    public const string Program = "program";
    public const string Admins = "admins";
    public const string Candidates = "candidates";
    public const string Page = "page";
    public const string Home = "home";
    public const string Team = "team";
    public const string Talents = "talents";
    public const string Agents = "agents";
    public const string Contact = "contact";
    /// <summary>The défis directory's own text (the CMS's "impact" file, defis/_index.md).</summary>
    public const string Impact = "impact";
    public const string Faq = "faq";
    /// <summary>The steps of applying or proposing (participer/candidats/postuler.md, participer/administrations/proposer.md).</summary>
    public const string Demarche = "demarche";

    private static readonly string[] Communs = ["title", "layout", "url", "menu", "description", "seo.description", "seo.image"];

    private static readonly Dictionary<string, HashSet<string>> Connus = new(StringComparer.Ordinal)
    {
        [Program] = Set("image", "desc", "numbers[].num", "numbers[].title", "numbers[].btnTitle", "numbers[].btnUrl",
            "steps.title", "steps.list[].icon", "steps.list[].step", "steps.list[].duration", "steps.list[].title",
            "steps.list[].dates", "steps.list[].desc", "how.desc", "then.desc",
            "quote.photo", "quote.quote", "quote.name", "quote.desc"),
        [Admins] = Set("open", "head.desc", "head.title", "head.apply.title", "head.apply.url", "head.call.title", "head.call.url",
            "program", "criteria.title", "criteria.desc", "criteria.list[].num", "criteria.list[].name", "criteria.list[].desc",
            "steps", "wait.title", "wait.desc"),
        [Candidates] = Set("open", "head.questions[].question", "head.sub", "head.apply.title", "head.apply.url",
            "head.call.title", "head.call.url", "def.title", "def.info.title", "def.info.desc", "what.title", "what.defs[].def",
            "profiles.title", "profiles.desc", "profiles.list[]", "profiles.sub", "conditions.title", "conditions.desc",
            "how.title", "how.desc", "wait.title", "wait.desc"),
        [Page] = Set("image"),
        [Home] = Set("hero.title", "hero.btn.title", "hero.btn.url", "intro.title", "intro.desc", "defis.sub", "defis.desc",
            "talents.sub", "talents.desc", "talents.list[]", "agents.sub", "agents.desc", "agents.list[]",
            "join.title", "join.sub", "join.btn.title", "join.btn.url", "join.btn.external",
            "medias.desc", "medias.tiles[].title", "medias.tiles[].image", "medias.tiles[].link"),
        [Team] = Set("desc", "introProg", "introEco", "join.title", "join.desc", "join.link"),
        [Talents] = Set("desc"),
        [Agents] = Set("desc"),
        [Contact] = Set(),
        [Impact] = Set("desc"),
        [Faq] = Set("questions[].title", "questions[].desc", "contact"),
        [Demarche] = Set("callout.title", "callout.desc", "how.title", "how.desc", "steps.title", "steps.dates[].date",
            "steps.dates[].desc", "questions", "com", "join.image", "join.title", "join.desc", "join.link"),
    };

    public static IEnumerable<string> Noms => Connus.Keys;

    /// <summary>The name of a CMS page that has no <c>title</c> (the home page).</summary>
    public static string TitreParDefaut(string layout, string relatif) => layout switch
    {
        Home => "Accueil",
        Team => "L'équipe",
        Talents => "Les talents",
        Agents => "Les agents publics",
        Contact => "Contact",
        Impact => "Les défis",
        _ => Path.GetFileNameWithoutExtension(relatif),
    };

    private static HashSet<string> Set(params string[] champs) => new([.. Communs, .. champs], StringComparer.Ordinal);

    public static bool Existe(string layout) => Connus.ContainsKey(layout);

    /// <summary>Leaf paths of the front matter that the layout does not render ("head.video", "numbers[].icon").</summary>
    public static IReadOnlyList<string> ChampsInconnus(string layout, JsonObject donnees)
    {
        var connus = Connus.TryGetValue(layout, out var c) ? c : Connus[Page];
        var inconnus = new List<string>();
        void Visiter(JsonNode? node, string chemin)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (k, v) in o) Visiter(v, chemin.Length == 0 ? k : chemin + "." + k);
                    break;
                case JsonArray a:
                    foreach (var v in a) Visiter(v, chemin + "[]");
                    break;
                default:
                    if (!connus.Contains(chemin) && !inconnus.Contains(chemin)) inconnus.Add(chemin);
                    break;
            }
        }
        Visiter(donnees, "");
        return inconnus;
    }
}
