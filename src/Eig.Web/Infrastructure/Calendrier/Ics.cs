using System.Globalization;
using System.Text;

namespace Eig.Web.Infrastructure.Calendrier;

/// <summary>An iCalendar (.ics) file for one event, as mail clients import it (RFC 5545, UTC times): webinars,
/// 20-minute calls, soutenances, interviews. Text values are escaped so that a title cannot break the file.</summary>
public static class Ics
{
    /// <param name="uid">Stable per event (e.g. "soutenance-{id}@eig.numerique.gouv.fr"): a re-sent file updates it.</param>
    /// <param name="rappel">When set, calendars remind the person this long before the start.</param>
    public static byte[] Evenement(string uid, DateTime debut, DateTime fin, string titre, string description, string? lieu, DateTime maintenant,
        TimeSpan? rappel = null)
    {
        static string T(DateTime d) => d.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        static string E(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        var sb = new StringBuilder();
        void L(string ligne)
        {
            // Lines are folded at 75 octets; continuation lines start with a space.
            var octets = Encoding.UTF8.GetBytes(ligne);
            if (octets.Length <= 75) { sb.Append(ligne).Append("\r\n"); return; }
            var courant = new StringBuilder();
            var taille = 0;
            var premiere = true;
            foreach (var r in ligne.EnumerateRunes())
            {
                var n = r.Utf8SequenceLength;
                if (taille + n > (premiere ? 75 : 74))
                {
                    sb.Append(premiere ? "" : " ").Append(courant).Append("\r\n");
                    courant.Clear(); taille = 0; premiere = false;
                }
                courant.Append(r.ToString()); taille += n;
            }
            sb.Append(premiere ? "" : " ").Append(courant).Append("\r\n");
        }
        L("BEGIN:VCALENDAR");
        L("VERSION:2.0");
        L("PRODID:-//DINUM//Entrepreneurs d'interet general//FR");
        L("METHOD:PUBLISH");
        L("BEGIN:VEVENT");
        L("UID:" + uid);
        L("DTSTAMP:" + T(maintenant));
        L("DTSTART:" + T(debut));
        L("DTEND:" + T(fin));
        L("SUMMARY:" + E(titre));
        if (description.Length > 0) L("DESCRIPTION:" + E(description));
        if (!string.IsNullOrEmpty(lieu)) L("LOCATION:" + E(lieu));
        if (rappel is { } r)
        {
            L("BEGIN:VALARM");
            L($"TRIGGER:-PT{(int)r.TotalMinutes}M");
            L("ACTION:DISPLAY");
            L("DESCRIPTION:" + E(titre));
            L("END:VALARM");
        }
        L("END:VEVENT");
        L("END:VCALENDAR");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
