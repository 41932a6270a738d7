using System.Globalization;
using System.Text;

namespace Eig.Web.Infrastructure.Calendrier;

/// <summary>An iCalendar (.ics) file for one event, as mail clients import it (RFC 5545, in Paris time with its
/// VTIMEZONE, so that a calendar shows the programme's hour even before it converts): webinars,
/// 20-minute calls, soutenances, interviews. Text values are escaped so that a title cannot break the file.</summary>
public static class Ics
{
    /// <param name="uid">Stable per event (e.g. "soutenance-{id}@eig.numerique.gouv.fr"): a re-sent file updates it.</param>
    /// <param name="rappel">When set, calendars remind the person this long before the start.</param>
    /// <param name="sequence">Above 0 for a file that replaces one sent before under the same UID (a moved
    /// appointment): calendars keep the highest sequence.</param>
    /// <param name="annule">The appointment is cancelled: the file removes the event sent before under the same UID
    /// (METHOD:CANCEL, STATUS:CANCELLED) instead of adding one.</param>
    public static byte[] Evenement(string uid, DateTime debut, DateTime fin, string titre, string description, string? lieu, DateTime maintenant,
        TimeSpan? rappel = null, int sequence = 0, bool annule = false)
    {
        // DTSTAMP is an instant (UTC by the RFC); the event's times are Paris wall-clock times.
        static string T(DateTime d) => d.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        static string P(DateTime utc) => Fr.EnHeureDeParis(utc.ToUniversalTime()).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
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
        L(annule ? "METHOD:CANCEL" : "METHOD:PUBLISH");
        // Europe/Paris since 1996: summer time from the last Sunday of March at 02:00 to the last Sunday of October at 03:00.
        L("BEGIN:VTIMEZONE");
        L("TZID:Europe/Paris");
        L("BEGIN:DAYLIGHT");
        L("TZOFFSETFROM:+0100");
        L("TZOFFSETTO:+0200");
        L("TZNAME:CEST");
        L("DTSTART:19700329T020000");
        L("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        L("END:DAYLIGHT");
        L("BEGIN:STANDARD");
        L("TZOFFSETFROM:+0200");
        L("TZOFFSETTO:+0100");
        L("TZNAME:CET");
        L("DTSTART:19701025T030000");
        L("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        L("END:STANDARD");
        L("END:VTIMEZONE");
        L("BEGIN:VEVENT");
        L("UID:" + uid);
        L("DTSTAMP:" + T(maintenant));
        if (sequence > 0) L("SEQUENCE:" + sequence.ToString(CultureInfo.InvariantCulture));
        L("DTSTART;TZID=Europe/Paris:" + P(debut));
        L("DTEND;TZID=Europe/Paris:" + P(fin));
        if (annule) L("STATUS:CANCELLED");
        L("SUMMARY:" + E(titre));
        if (description.Length > 0) L("DESCRIPTION:" + E(description));
        if (!string.IsNullOrEmpty(lieu)) L("LOCATION:" + E(lieu));
        if (rappel is { } r && !annule)
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

    /// <summary>The sequence of a file that may replace earlier ones under the same UID (a booking changed, moved or
    /// cancelled): it grows with time, so the last file sent is the one calendars keep, without storing a counter.</summary>
    public static int Sequence(DateTime maintenant) =>
        (int)Math.Max(0, (maintenant - new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalMinutes);
}
