using System.Globalization;

namespace Eig.Web.Infrastructure.Formats;

/// <summary>Times are stored in UTC and shown in Paris time, the programme's.</summary>
public static class Heures
{
    private static readonly TimeZoneInfo ParisTz = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public static DateTime VersParis(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ParisTz);

    public static DateTime DepuisParis(DateTime paris) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(paris, DateTimeKind.Unspecified), ParisTz);

    public static string Paris(DateTime debutUtc, int dureeMinutes)
    {
        var d = VersParis(debutUtc);
        var f = d.AddMinutes(dureeMinutes);
        return $"{d.ToString("dddd d MMMM yyyy", Fr)}, de {d:HH'h'mm} à {f:HH'h'mm} (heure de Paris)";
    }
}
