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
            JsonValue v when v.TryGetValue<string>(out var t) && t.Trim() is "yes" or "oui" or "1" => true,
            JsonValue v when v.TryGetValue<string>(out var t) && t.Trim() is "no" or "non" or "0" => false,
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
            JsonArray a when a.All(x => x is null || (x is JsonValue xv && xv.TryGetValue<string>(out _))) =>
                [.. a.Where(x => x is not null).Select(x => x!.GetValue<string>())],
            _ => throw Erreur(cle, $"le champ « {cle} » doit être une liste de textes."),
        };
    }

    public DateOnly? Date(string cle) => DateEtHeure(cle)?.Date;

    /// <summary>Any date form the program's files hold: a bare year (<c>date: 2022</c>), a month (2022-03), a day,
    /// a day and time as Netlify CMS or Hugo write it (2021-02-01T10:00:00.000Z, 2019-11-20 00:00:00 +0100),
    /// or a French day (01/02/2021). The time of day, when there is one, is kept (UTC).</summary>
    public (DateOnly Date, DateTime? Instant)? DateEtHeure(params string[] cles)
    {
        var cle = cles.FirstOrDefault(c => doc.Donnees[c] is not null) ?? cles[0];
        foreach (var c in cles) _lus.Add(c);
        var s = Texte(cle)?.Trim();
        if (string.IsNullOrWhiteSpace(s)) return null;
        var r = LireDate(s);
        return r ?? throw Erreur(cle, $"le champ « {cle} » doit être une date (AAAA, AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SSZ) : « {s} » ne se lit pas.");
    }

    public static (DateOnly Date, DateTime? Instant)? LireDate(string s)
    {
        var inv = CultureInfo.InvariantCulture;
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, inv, out var annee) && annee is > 1900 and < 2200)
            return (new DateOnly(annee, 1, 1), null);
        if (DateOnly.TryParseExact(s, ["yyyy-MM", "yyyy-MM-dd", "yyyy-M-d", "dd/MM/yyyy", "d/M/yyyy"], inv, DateTimeStyles.None, out var jour))
            return (s.Length == 7 && s[4] == '-' ? new DateOnly(jour.Year, jour.Month, 1) : jour, null);
        // Hugo prints "2019-11-20 00:00:00 +0100 CET" or "… +0000 UTC": the zone name adds nothing to the offset.
        var sansZone = System.Text.RegularExpressions.Regex.Replace(s, @"\s+[A-Z]{2,5}$", "");
        if (DateTimeOffset.TryParseExact(sansZone, ["yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss zzzz", "yyyy-MM-dd HH:mm:ss"], inv,
                DateTimeStyles.AssumeUniversal, out var hugo)
            || DateTimeOffset.TryParse(s, inv, DateTimeStyles.AssumeUniversal, out hugo))
        {
            var utc = hugo.UtcDateTime;
            // A datetime at midnight in its own zone is a day: keep that day, not the previous one in UTC.
            var date = DateOnly.FromDateTime(hugo.TimeOfDay == TimeSpan.Zero ? hugo.DateTime : utc);
            return (date, hugo.TimeOfDay == TimeSpan.Zero && hugo.Offset == TimeSpan.Zero && !s.Contains('T') && !s.Contains(':') ? null : utc);
        }
        return null;
    }

    /// <summary>The first of several names that the file uses (the CMS's <c>who</c> or the project's
    /// <c>administration</c>): each name counts as read.</summary>
    public string? TexteDe(params string[] cles)
    {
        foreach (var c in cles) _lus.Add(c);
        foreach (var c in cles)
            if (doc.Donnees.ContainsKey(c) && doc.Donnees[c] is not null) return Texte(c);
        return null;
    }

    public IReadOnlyList<string> ListeDe(params string[] cles)
    {
        foreach (var c in cles) _lus.Add(c);
        foreach (var c in cles)
            if (doc.Donnees[c] is not null) return Liste(c);
        return [];
    }

    public bool? BooleenDe(params string[] cles)
    {
        foreach (var c in cles) _lus.Add(c);
        foreach (var c in cles)
            if (doc.Donnees[c] is not null) return Booleen(c);
        return null;
    }

    public bool Present(string cle) => doc.Donnees.ContainsKey(cle);

    /// <summary>A field's text as written, without marking it read.</summary>
    public string? TexteBrut(string cle) => doc.Donnees[cle] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;

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
}
