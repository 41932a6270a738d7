using System.Globalization;

namespace Eig.Web.Infrastructure.Formats;

/// <summary>French number formatting for amounts and counts, whatever the server's culture: "2 100 €".</summary>
public static class Fr
{
    private static readonly NumberFormatInfo Nombres = new() { NumberGroupSeparator = "\u00a0", NumberDecimalSeparator = ",", NumberDecimalDigits = 1 };

    public static string Entier(long n) => n.ToString("#,0", Nombres);
    public static string Euros(long n) => Entier(n) + "\u00a0€";
    /// <summary>"0 pièce jointe", "1 pièce jointe", "2 pièces jointes": in French, 0 and 1 take the singular.</summary>
    public static string Nombre(long n, string singulier, string pluriel) => $"{Entier(n)}\u00a0{(Math.Abs(n) < 2 ? singulier : pluriel)}";
    public static string Decimal(double? v, int decimales = 2) =>
        v is { } x ? x.ToString("0." + new string('0', decimales), Nombres) : "—";
}
