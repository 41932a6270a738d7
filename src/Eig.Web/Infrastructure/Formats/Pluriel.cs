namespace Eig.Web.Infrastructure.Formats;

/// <summary>Counts said in French: "1 pièce jointe", "3 pièces jointes" — never "pièce(s) jointe(s)". French takes the
/// singular for 0 and 1.</summary>
public static class Pluriel
{
    public static string De(long n, string singulier, string pluriel) =>
        $"{Fr.Entier(n)}\u00a0{(n is >= -1 and <= 1 ? singulier : pluriel)}";

    /// <summary>The word alone, for sentences that place the number themselves.</summary>
    public static string Mot(long n, string singulier, string pluriel) => n is >= -1 and <= 1 ? singulier : pluriel;
}
