using System.Globalization;
using System.Text.RegularExpressions;

namespace Eig.Web.Promotions;

/// <summary>A promotion: one year of the program, ten months in three phases. Some years ran a second track under
/// the same number with a label (the program's "Promotion 3 - DIG"): number and label together name a promotion.</summary>
public partial class Promotion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Numero { get; set; }
    /// <summary>"" for the main promotion of a year, else the track's label as the program writes it ("DIG").</summary>
    public string Libelle { get; set; } = "";
    public int Annee { get; set; }
    public DateOnly Debut { get; set; }
    public DateOnly Fin { get; set; }
    /// <summary>Fields of the program's promotion files this model has no column for, kept for the round trip.</summary>
    public string? Extras { get; set; }

    public string Nom => $"{Titre} ({Annee})";

    /// <summary>The title the program's CMS gives it: "Promotion 3", "Promotion 3 - DIG".</summary>
    public string Titre => Libelle.Length == 0 ? $"Promotion {Numero}" : $"Promotion {Numero} - {Libelle}";

    /// <summary>How défis and people refer to it in their lists and how filters name it: "3", "3-dig".</summary>
    public string Cle => CleDe(Numero, Libelle);

    public static string CleDe(int numero, string libelle) =>
        libelle.Length == 0 ? numero.ToString(CultureInfo.InvariantCulture)
            : numero.ToString(CultureInfo.InvariantCulture) + "-" + SansAccents(libelle);

    /// <summary>Reads a promotion's title as the CMS writes it ("Promotion 3 - DIG", "Promotion 5 (2021)", "EIG 4",
    /// "6"): number, label and year when the title gives one. Null when no number can be found.</summary>
    public static (int Numero, string Libelle, int? Annee)? LireTitre(string? titre)
    {
        if (string.IsNullOrWhiteSpace(titre)) return null;
        var m = TitreRegex().Match(titre.Trim());
        if (!m.Success) return null;
        var numero = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var reste = m.Groups["reste"].Value;
        int? annee = null;
        var a = AnneeRegex().Match(reste);
        if (a.Success)
        {
            annee = int.Parse(a.Value, CultureInfo.InvariantCulture);
            reste = reste.Remove(a.Index, a.Length);
        }
        var libelle = reste.Trim().Trim('-', '–', '—', ':', '(', ')', ' ').Trim();
        return (numero, libelle, annee);
    }

    /// <summary>The program's years, for a title that gives none: promotion 1 started in 2017, one a year until
    /// the sixth (2022); the seventh was recruited in 2024.</summary>
    public static int AnneeProbable(int numero) => numero switch
    {
        <= 6 => 2016 + numero,
        _ => 2017 + numero,
    };

    private static string SansAccents(string s)
    {
        var norm = s.Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder();
        foreach (var c in norm)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    [GeneratedRegex(@"^(?:(?:promotion|promo|eig)\s*n?°?\s*)?(?<n>\d{1,2})(?!\d)(?<reste>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitreRegex();

    [GeneratedRegex(@"\b(20\d\d)\b")]
    private static partial Regex AnneeRegex();
}
