namespace Eig.Web.Contenus;

public enum StatutPublication
{
    Brouillon = 0,
    Publie = 1,
}

/// <summary>Lists of slugs (themes, expertises, catégories…) are kept as "|a|b|" so that "has theme x" is a plain
/// LIKE on SQLite and PostgreSQL alike, without provider-specific array or JSON columns.</summary>
public static class ListeSlugs
{
    public static string Ecrire(IEnumerable<string> valeurs)
    {
        var propres = valeurs.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return propres.Count == 0 ? "" : "|" + string.Join('|', propres) + "|";
    }

    public static IReadOnlyList<string> Lire(string? stockee) =>
        string.IsNullOrEmpty(stockee) ? [] : stockee.Split('|', StringSplitOptions.RemoveEmptyEntries);

    public static string Motif(string slug) => "|" + slug + "|";
}
