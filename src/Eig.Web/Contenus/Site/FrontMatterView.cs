using System.Text.Json.Nodes;

namespace Eig.Web.Contenus.Site;

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

    /// <summary>A link or image path of the program's files ("img/x.png", "/defis", "https://…") as an address on
    /// this site. Any scheme other than http(s) and mailto (javascript:, data:…) gives "" so nothing unsafe is linked.</summary>
    public static string Image(string? chemin)
    {
        chemin = chemin?.Trim() ?? "";
        if (chemin.Length == 0 || chemin.StartsWith('#')) return chemin;
        var deuxPoints = chemin.IndexOf(':');
        var slash = chemin.IndexOf('/');
        if (deuxPoints >= 0 && (slash < 0 || deuxPoints < slash))
            return chemin.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || chemin.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
                   || chemin.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? chemin : "";
        return chemin.StartsWith('/') ? chemin : "/" + chemin;
    }

    /// <summary>Same check for links: an unsafe or empty link becomes null, and the view leaves the link out.</summary>
    public static string? Lien(string? url) => Image(url) is { Length: > 0 } s ? s : null;
}
