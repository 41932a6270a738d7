using System.Text.Json.Nodes;

namespace Eig.Web.Content.Site;

/// <summary>Read-only access to a page's front matter from Razor: <c>fm.S("head.apply.url")</c>,
/// <c>fm.Liste("criteria.list")</c>. A missing or empty field is an empty string, so the views simply skip it.</summary>
public sealed class FrontMatterView(JsonNode? racine)
{
    public static FrontMatterView Parse(string json) => new(JsonNode.Parse(string.IsNullOrEmpty(json) ? "{}" : json));

    private JsonNode? Noeud(string chemin)
    {
        var n = racine;
        foreach (var part in chemin.Split('.'))
        {
            if (n is not JsonObject o) return null;
            n = o[part];
        }
        return n;
    }

    /// <summary>The text of a field, trimmed; "" when absent.</summary>
    public string S(string chemin) => Noeud(chemin) is JsonValue v ? (v.TryGetValue<string>(out var s) ? s.Trim() : v.ToString()) : "";

    public bool A(string chemin) => S(chemin).Length > 0;

    public bool B(string chemin) => Noeud(chemin) is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    public IReadOnlyList<FrontMatterView> Liste(string chemin) =>
        Noeud(chemin) is JsonArray a ? [.. a.Select(x => new FrontMatterView(x))] : [];

    /// <summary>For lists of plain strings (profiles.list).</summary>
    public IReadOnlyList<string> Textes(string chemin) =>
        Noeud(chemin) is JsonArray a ? [.. a.OfType<JsonValue>().Select(v => v.ToString().Trim()).Where(s => s.Length > 0)] : [];

    /// <summary>The value itself, when this view is a string item of a list.</summary>
    public string Valeur => racine is JsonValue v ? v.ToString().Trim() : "";

    /// <summary>An image path of the program's files ("img/x.png") as an address on this site.</summary>
    public static string Image(string chemin) =>
        chemin.Length == 0 || chemin.Contains("://", StringComparison.Ordinal) || chemin.StartsWith('/') ? chemin : "/" + chemin;
}
