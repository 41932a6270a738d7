using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Eig.Web.Infrastructure.Formats;

/// <summary>The one French formatting module: numbers ("3,06", "2 100 €"), dates ("1 février 2027") and Paris time.
/// Instants are stored in UTC and every one shown, typed in a form, mailed, printed in a PDF or put in an .ics is in
/// Europe/Paris, whatever the server's culture and time zone.</summary>
public static class Fr
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    // Thousands with the narrow no-break space, as the fr-FR culture writes them; a no-break space before "€".
    private static readonly NumberFormatInfo Nombres = new() { NumberGroupSeparator = "\u202f", NumberDecimalSeparator = ",", NumberDecimalDigits = 1 };

    // Numbers: "2 100 €", "3,06"

    public static string Entier(long n) => n.ToString("#,0", Nombres);
    public static string Euros(long n) => Entier(n) + "\u00a0€";
    /// <summary>"0 pièce jointe", "1 pièce jointe", "2 pièces jointes": in French, 0 and 1 take the singular.</summary>
    public static string Nombre(long n, string singulier, string pluriel) => $"{Entier(n)}\u00a0{(Math.Abs(n) < 2 ? singulier : pluriel)}";
    public static string Decimal(double? v, int decimales = 2) =>
        v is { } x ? x.ToString("#,0." + new string('0', decimales), Nombres) : "—";
    public static string Decimal(decimal? v, int decimales = 2) => Decimal(v is { } x ? (double)x : null, decimales);

    // Paris time

    /// <summary>The Paris wall-clock time of a stored UTC instant.</summary>
    public static DateTime EnHeureDeParis(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris);

    /// <summary>The UTC instant of a Paris wall-clock time. In the October fall-back hour, which happens twice,
    /// the later one (winter time) is taken. Throws on a time skipped in March: check <see cref="ExisteAParis"/>.</summary>
    public static DateTime VersUtc(DateTime heureDeParis) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(heureDeParis, DateTimeKind.Unspecified), Paris);

    /// <summary>The next calendar day in Paris after <paramref name="utc"/>, as a UTC range [De, A): what the
    /// day-before reminders cover, 23, 24 or 25 hours long around the clock changes.</summary>
    public static (DateTime De, DateTime A) Lendemain(DateTime utc)
    {
        var demain = DateOnly.FromDateTime(EnHeureDeParis(utc)).AddDays(1);
        return (VersUtc(demain.ToDateTime(TimeOnly.MinValue)), VersUtc(demain.AddDays(1).ToDateTime(TimeOnly.MinValue)));
    }

    /// <summary>False for the hour clocks skip at the March change (e.g. 02:30 on the last Sunday of March).</summary>
    public static bool ExisteAParis(DateTime heureDeParis) =>
        !Paris.IsInvalidTime(DateTime.SpecifyKind(heureDeParis, DateTimeKind.Unspecified));

    /// <summary>An instant in an export (CSV) in Paris time with its offset, ISO 8601: "2027-02-01T14:30:00+01:00";
    /// a spreadsheet shows the hour people lived, a program still reads the exact instant.</summary>
    public static string PourExport(DateTime utc) =>
        new DateTimeOffset(EnHeureDeParis(utc), Paris.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)))
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The value of a <c>datetime-local</c> input for a stored instant: Paris time, "yyyy-MM-ddTHH:mm".</summary>
    public static string PourSaisie(DateTime utc) => EnHeureDeParis(utc).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Reads what a person typed in a date-and-time field (Paris time, as a <c>datetime-local</c> input sends it,
    /// or "jj/mm/aaaa hh:mm") into a UTC instant. False when it is not a time, or a time that does not exist in Paris.</summary>
    public static bool LireSaisie(string? texte, [NotNullWhen(true)] out DateTime? utc)
    {
        utc = null;
        if (!DateTime.TryParseExact(texte?.Trim(), ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "dd/MM/yyyy HH:mm"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var paris) || !ExisteAParis(paris))
            return false;
        utc = DateTime.SpecifyKind(VersUtc(paris), DateTimeKind.Utc);
        return true;
    }

    // Dates and times as people read them

    /// <summary>"1 février 2027".</summary>
    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", Culture);
    public static string Date(DateOnly? d) => d is { } x ? Date(x) : "";
    /// <summary>A start known to the month ("février 2027") or, when only the year is known (1 January), the year.</summary>
    public static string MoisOuAnnee(DateOnly d) => d is { Month: 1, Day: 1 } ? d.Year.ToString(Culture) : d.ToString("MMMM yyyy", Culture);
    /// <summary>The Paris date of an instant: "1 février 2027".</summary>
    public static string Date(DateTime utc) => EnHeureDeParis(utc).ToString("d MMMM yyyy", Culture);
    public static string Date(DateTime? utc) => utc is { } d ? Date(d) : "";

    /// <summary>"14h30", Paris time.</summary>
    public static string Heure(DateTime utc) => EnHeureDeParis(utc).ToString("HH'h'mm", Culture);

    /// <summary>"1 février 2027 à 14h30", Paris time: history lines, tables, receipts.</summary>
    public static string DateEtHeure(DateTime utc) => $"{Date(utc)} à {Heure(utc)}";
    public static string DateEtHeure(DateTime? utc) => utc is { } d ? DateEtHeure(d) : "";

    /// <summary>"1 février 2027 à 14:30:05", Paris time: the audit trail and versions, where seconds tell lines apart.</summary>
    public static string Horodatage(DateTime utc) => $"{Date(utc)} à {EnHeureDeParis(utc):HH:mm:ss}";

    /// <summary>"lundi 1 février 2027 à 14h30", Paris time: an appointment someone must attend.</summary>
    public static string DateHeure(DateTime utc) => EnHeureDeParis(utc).ToString("dddd d MMMM yyyy 'à' HH'h'mm", Culture);

    /// <summary>"lundi 1 février 2027, de 14h30 à 15h15 (heure de Paris)": a slot.</summary>
    public static string Creneau(DateTime debutUtc, int dureeMinutes)
    {
        var d = EnHeureDeParis(debutUtc);
        var f = EnHeureDeParis(debutUtc.AddMinutes(dureeMinutes));
        return $"{d.ToString("dddd d MMMM yyyy", Culture)}, de {d:HH'h'mm} à {f:HH'h'mm} (heure de Paris)";
    }
}
