using System.Globalization;
using System.Text;

namespace Eig.Web.Evaluations;

/// <summary>Conflicts of interest found, not only declared (as HotCRP finds them from e-mail domains): an evaluator
/// whose address shares its domain with the dossier's porteur or co-editors, whose domain names the dossier's
/// administration (<c>…@interieur.gouv.fr</c> for « Ministère de l'Intérieur »), or whose declared organisation is
/// the dossier's administration. Pure rules; the caller brings the addresses.</summary>
public static class ConflitsTrouves
{
    /// <summary>Addresses anyone may have: sharing one says nothing about where people work.</summary>
    private static readonly HashSet<string> DomainesPublics = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "yahoo.fr", "yahoo.com", "hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr",
        "live.com", "msn.com", "icloud.com", "me.com", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net",
        "bbox.fr", "aol.com", "proton.me", "protonmail.com", "gmx.fr", "gmx.com", "yopmail.com",
        // Example addresses (demo data, documentation).
        "exemple.fr", "example.com", "example.org", "demo.eig.example",
        "gouv.fr", "fr",
    };

    /// <summary>Words that say nothing of which administration it is.</summary>
    private static readonly HashSet<string> MotsVides = new(StringComparer.Ordinal)
    {
        "ministere", "de", "des", "du", "la", "le", "les", "l", "d", "et", "en", "a", "au", "aux", "pour", "sur", "gouv", "fr",
        "direction", "generale", "general", "service", "services", "agence", "nationale", "national", "interministerielle",
        "interministeriel", "departementale", "regionale", "secretariat", "etat",
    };

    /// <summary>Why <paramref name="evaluateurEmail"/> seems in conflict with the dossier, or null.</summary>
    public static string? Motif(string? evaluateurEmail, string? evaluateurOrganisation, string administration, IEnumerable<string> adressesDuDossier)
    {
        var domaine = Domaine(evaluateurEmail);
        if (domaine is not null && !DomainesPublics.Contains(domaine))
        {
            if (adressesDuDossier.Any(a => string.Equals(Domaine(a), domaine, StringComparison.OrdinalIgnoreCase)))
                return $"même domaine de messagerie que le porteur du dossier ({domaine})";
            var motsAdministration = Mots(administration);
            var nom = Mots(domaine.Split('.')[0]);
            if (nom.Count == 1 && nom.First().Length >= 4 && motsAdministration.Contains(nom.First()))
                return $"son adresse ({domaine}) désigne l'administration du dossier";
        }
        if (!string.IsNullOrWhiteSpace(evaluateurOrganisation))
        {
            var org = Mots(evaluateurOrganisation);
            var adm = Mots(administration);
            if (org.Count > 0 && adm.Count > 0 && (org.IsSubsetOf(adm) || adm.IsSubsetOf(org)))
                return $"organisation déclarée « {evaluateurOrganisation.Trim()} », celle du dossier";
        }
        return null;
    }

    public static string? Domaine(string? email) =>
        email?.LastIndexOf('@') is { } i and >= 0 && i < email.Length - 1 ? email[(i + 1)..].Trim().ToLowerInvariant() : null;

    /// <summary>The meaningful words of a name: lower case, without accents or punctuation, without empty words.</summary>
    public static HashSet<string> Mots(string texte)
    {
        var decompose = texte.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decompose.Length);
        foreach (var ch in decompose)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(m => !MotsVides.Contains(m)).ToHashSet(StringComparer.Ordinal);
    }
}
