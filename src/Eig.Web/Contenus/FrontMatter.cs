using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Eig.Web.Contenus;

/// <summary>A file of the program's site was not readable: which file, which line, what is wrong (in French).</summary>
public sealed class ContentFormatException(string fichier, int? ligne, string message)
    : Exception(ligne is null ? $"{fichier} : {message}" : $"{fichier}, ligne {ligne} : {message}")
{
    public string Fichier { get; } = fichier;
    public int? Ligne { get; } = ligne;
}

/// <summary>A Markdown file with YAML front matter, as Hugo and Netlify CMS write them. The front matter is kept
/// as a JSON tree: strings stay strings (a quoted "1" and a plain 1 are the same text), true/false are booleans,
/// an empty value is null. Line numbers are remembered to report a wrong type where it is.</summary>
public sealed partial class FrontMatterDocument
{
    public JsonObject Donnees { get; init; } = [];
    public string Corps { get; init; } = "";
    public bool AvaitFrontMatter { get; init; }
    /// <summary>Line in the file of each key's value, by dotted path ("head.apply.url", "criteria.list[2].name").</summary>
    public Dictionary<string, int> Lignes { get; } = new(StringComparer.Ordinal);
    /// <summary>What was read but deserves a word in the import summary (a key written twice).</summary>
    public List<string> Remarques { get; } = [];

    public static FrontMatterDocument Lire(string texte, string fichier)
    {
        texte = texte.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        if (!texte.StartsWith("---\n", StringComparison.Ordinal) && texte != "---")
            return new FrontMatterDocument { Corps = texte, AvaitFrontMatter = false };

        var fin = texte.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (fin >= 0 && !(fin + 4 == texte.Length || texte[fin + 4] == '\n'))
            fin = texte.IndexOf("\n---", fin + 4, StringComparison.Ordinal);
        if (fin < 0) throw new ContentFormatException(fichier, 1, "l'en-tête YAML ouvert par « --- » n'est jamais fermé.");
        var yaml = texte[4..(fin + 1)];
        var corps = fin + 4 >= texte.Length ? "" : texte[(fin + 5)..];

        var doublons = SansClesEnDouble(ref yaml);
        var stream = new YamlStream();
        var parser = new SuiviParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            // The YAML starts on the file's second line.
            throw new ContentFormatException(fichier, (int)ex.Start.Line + 1, "YAML illisible (" + PremiereLigne(ex.Message) + ").");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up this way on a bracket never closed: point at the last thing it could read.
            throw new ContentFormatException(fichier, (int)parser.DerniereLigne + 1, "YAML illisible (crochet ou accolade jamais fermé).");
        }
        var doc = new FrontMatterDocument { Corps = corps.TrimStart('\n'), AvaitFrontMatter = true };
        doc.Remarques.AddRange(doublons);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return doc;
        if (stream.Documents[0].RootNode is not YamlMappingNode racine)
            throw new ContentFormatException(fichier, (int)stream.Documents[0].RootNode.Start.Line + 1,
                "l'en-tête doit être une liste de champs « nom: valeur ».");
        foreach (var (k, v) in racine.Children)
        {
            var cle = ((YamlScalarNode)k).Value ?? "";
            doc.Donnees[cle] = doc.Convertir(v, cle);
        }
        return doc;
    }

    /// <summary>YAML forbids a key written twice and the parser refuses the file; the program's CMS has left such
    /// files (one person has two <c>job:</c>). As the site generator did, the last value is kept: earlier lines of
    /// a top-level key seen again are blanked (line numbers stay right) and the summary says so.</summary>
    private static List<string> SansClesEnDouble(ref string yaml)
    {
        var lignes = yaml.Split('\n');
        var blocs = new List<(string Cle, int De, int A)>();
        for (var i = 0; i < lignes.Length; i++)
        {
            var l = lignes[i];
            if (l.Length == 0 || l[0] is ' ' or '\t' or '#' or '-') continue;
            var m = CleRacine().Match(l);
            if (!m.Success) continue;
            if (blocs.Count > 0) blocs[^1] = blocs[^1] with { A = i };
            blocs.Add((m.Groups[1].Value.Trim('"', '\''), i, lignes.Length));
        }
        var remarques = new List<string>();
        var derniers = new Dictionary<string, (int De, int A)>(StringComparer.Ordinal);
        var aEffacer = new List<(int De, int A)>();
        foreach (var b in blocs)
        {
            if (derniers.TryGetValue(b.Cle, out var avant))
            {
                aEffacer.Add(avant);
                remarques.Add($"clé « {b.Cle} » écrite deux fois (lignes {avant.De + 2} et {b.De + 2}) : la dernière valeur est gardée.");
            }
            derniers[b.Cle] = (b.De, b.A);
        }
        foreach (var (de, a) in aEffacer)
            for (var i = de; i < a; i++) lignes[i] = "";
        if (aEffacer.Count > 0) yaml = string.Join('\n', lignes);
        return remarques;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(""[^""]+""|'[^']+'|[^:\s][^:]*?)\s*:(\s|$)")]
    private static partial System.Text.RegularExpressions.Regex CleRacine();

    private JsonNode? Convertir(YamlNode node, string chemin)
    {
        Lignes[chemin] = (int)node.Start.Line + 1;
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (k, v) in map.Children)
                {
                    var cle = (k as YamlScalarNode)?.Value ?? "";
                    obj[cle] = Convertir(v, chemin + "." + cle);
                }
                return obj;
            case YamlSequenceNode seq:
                var arr = new JsonArray();
                var i = 0;
                foreach (var item in seq.Children) arr.Add(Convertir(item, $"{chemin}[{i++}]"));
                return arr;
            case YamlScalarNode s:
                if (s.Style is ScalarStyle.Plain)
                {
                    if (s.Value is null or "" or "~" or "null" or "Null" or "NULL") return null;
                    if (s.Value is "true" or "True" or "TRUE") return JsonValue.Create(true);
                    if (s.Value is "false" or "False" or "FALSE") return JsonValue.Create(false);
                }
                return JsonValue.Create(s.Value ?? "");
            default:
                return null;
        }
    }

    /// <summary>Remembers where the parser last was, for errors YamlDotNet reports without a position.</summary>
    private sealed class SuiviParser(IParser inner) : IParser
    {
        public long DerniereLigne { get; private set; } = 1;
        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var ok = inner.MoveNext();
            if (inner.Current is { } e) DerniereLigne = e.Start.Line;
            return ok;
        }
    }

    private static string PremiereLigne(string s) => s.Split('\n')[0].Trim();

    /// <summary>Writes front matter and body back in the same format. Strings that YAML would read as something
    /// else (true, null, "") are quoted, so that reading the output gives back the same data.</summary>
    public static string Ecrire(JsonObject donnees, string corps)
    {
        var racine = (YamlMappingNode)VersYaml(donnees);
        var sb = new StringBuilder("---\n");
        var stream = new YamlStream(new YamlDocument(racine));
        using (var w = new StringWriter(sb, CultureInfo.InvariantCulture))
            stream.Save(w, assignAnchors: false);
        var texte = sb.ToString();
        // YamlStream ends its document with "...": the program's files just close with "---".
        texte = texte.TrimEnd();
        if (texte.EndsWith("...", StringComparison.Ordinal)) texte = texte[..^3].TrimEnd();
        texte += "\n---\n";
        return corps.Length == 0 ? texte : texte + corps;
    }

    private static YamlNode VersYaml(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return new YamlScalarNode("~") { Style = ScalarStyle.Plain };
            case JsonObject obj:
                var map = new YamlMappingNode();
                foreach (var (k, v) in obj) map.Add(new YamlScalarNode(k), VersYaml(v));
                return map;
            case JsonArray arr:
                var seq = new YamlSequenceNode();
                foreach (var v in arr) seq.Add(VersYaml(v));
                return seq;
            case JsonValue val when val.TryGetValue<bool>(out var b):
                return new YamlScalarNode(b ? "true" : "false") { Style = ScalarStyle.Plain };
            default:
                var s = node.ToString();
                if (node is JsonValue v2 && v2.TryGetValue<string>(out var str)) s = str;
                var ambigu = s.Length == 0 || s.Trim() != s || s is "~" || s.Equals("null", StringComparison.OrdinalIgnoreCase)
                             || s.Equals("true", StringComparison.OrdinalIgnoreCase) || s.Equals("false", StringComparison.OrdinalIgnoreCase);
                return new YamlScalarNode(s)
                {
                    Style = s.Contains('\n') ? ScalarStyle.Literal : ambigu ? ScalarStyle.DoubleQuoted : ScalarStyle.Any,
                };
        }
    }
}
