using System.Globalization;
using System.Text;

namespace Eig.Web.Infrastructure.Formats;

/// <summary>The one slugifier: "Défi : l'État & vous" → "defi-l-etat-vous", for page addresses, imported content
/// and the défis created from laureates.</summary>
public static class Slug
{
    public static string De(string texte, int longueurMax = 80, string siVide = "sans-titre")
    {
        var sb = new StringBuilder();
        foreach (var c in texte.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > longueurMax) slug = slug[..longueurMax].TrimEnd('-');
        return slug.Length == 0 ? siVide : slug;
    }
}
