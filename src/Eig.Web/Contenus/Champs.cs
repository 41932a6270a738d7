using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Eig.Web.Contenus;

/// <summary>Reads the typed fields of one file's front matter, remembering which keys were understood so that the
/// others are kept aside (never dropped) and listed in the import summary. A wrong type names the file and line.</summary>
internal sealed class Champs(FrontMatterDocument doc, string fichier)
{
    private readonly HashSet<string> _lus = new(StringComparer.Ordinal);

    public string Fichier => fichier;

    public ContentFormatException Erreur(string cle, string message) =>
        new(fichier, doc.Lignes.TryGetValue(cle, out var l) ? l : null, message);

    public string? Texte(string cle, bool obligatoire = false)
    {
        _lus.Add(cle);
        var node = doc.Donnees[cle];
        if (node is null)
            return obligatoire ? throw Erreur(cle, $"le champ « {cle} » est obligatoire.") : null;
        if (node is JsonValue v && v.TryGetValue<string>(out var s))
        {
            if (obligatoire && string.IsNullOrWhiteSpace(s)) throw Erreur(cle, $"le champ « {cle} » est obligatoire.");
            return s;
        }
        throw Erreur(cle, $"le champ « {cle} » doit être un texte.");
    }

    public bool Booleen(string cle, bool defaut = false)
    {
        _lus.Add(cle);
        return doc.Donnees[cle] switch
        {
            null => defaut,
            JsonValue v when v.TryGetValue<bool>(out var b) => b,
            _ => throw Erreur(cle, $"le champ « {cle} » doit valoir true ou false."),
        };
    }

    public IReadOnlyList<string> Liste(string cle)
    {
        _lus.Add(cle);
        return doc.Donnees[cle] switch
        {
            null => [],
            JsonValue v when v.TryGetValue<string>(out var s) => [s],
            JsonArray a when a.All(x => x is JsonValue xv && xv.TryGetValue<string>(out _)) => [.. a.Select(x => x!.GetValue<string>())],
            _ => throw Erreur(cle, $"le champ « {cle} » doit être une liste de textes."),
        };
    }

    public DateOnly? Date(string cle)
    {
        var s = Texte(cle);
        if (string.IsNullOrWhiteSpace(s)) return null;
        // Netlify CMS writes dates as "2021-02-01" or "2021-02-01T10:00:00.000Z".
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d))
            return DateOnly.FromDateTime(d.UtcDateTime);
        throw Erreur(cle, $"le champ « {cle} » doit être une date (AAAA-MM-JJ).");
    }

    public int? Entier(string cle, bool obligatoire = false)
    {
        var s = Texte(cle, obligatoire);
        if (string.IsNullOrWhiteSpace(s)) return null;
        return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n : throw Erreur(cle, $"le champ « {cle} » doit être un nombre entier.");
    }

    public JsonArray? Tableau(string cle)
    {
        _lus.Add(cle);
        return doc.Donnees[cle] switch
        {
            null => null,
            JsonArray a => a,
            _ => throw Erreur(cle, $"le champ « {cle} » doit être une liste."),
        };
    }

    /// <summary>The keys nobody read: kept as they were, to be written back by the export.</summary>
    public JsonObject Restants()
    {
        var o = new JsonObject();
        foreach (var (k, v) in doc.Donnees)
            if (!_lus.Contains(k)) o[k] = v?.DeepClone();
        return o;
    }

    public static string Slugifier(string texte)
    {
        var norm = texte.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in norm)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > 80) slug = slug[..80].TrimEnd('-');
        return slug.Length == 0 ? "sans-titre" : slug;
    }
}
