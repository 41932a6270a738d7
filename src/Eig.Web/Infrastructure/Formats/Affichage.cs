using System.Globalization;

namespace Eig.Web.Infrastructure.Formats;

/// <summary>Dates as people in France read them: stored in UTC, shown in Paris time.</summary>
public static class Affichage
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTime EnHeureDeParis(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris);
    public static DateTime VersUtc(DateTime heureDeParis) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(heureDeParis, DateTimeKind.Unspecified), Paris);

    public static string Date(DateTime utc) => EnHeureDeParis(utc).ToString("d MMMM yyyy", Fr);
    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", Fr);
    public static string DateHeure(DateTime utc) => EnHeureDeParis(utc).ToString("dddd d MMMM yyyy 'à' HH'h'mm", Fr);
    public static string Date(DateTime? utc) => utc is { } d ? Date(d) : "";
}
