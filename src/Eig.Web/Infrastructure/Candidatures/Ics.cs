using System.Globalization;
using System.Text;

namespace Eig.Web.Infrastructure.Candidatures;

/// <summary>An iCalendar (RFC 5545) event for a booked interview, so that it lands in the person's calendar.</summary>
public static class Ics
{
    public static byte[] Evenement(Guid uid, DateTime debutUtc, DateTime finUtc, string titre, string lieu, string description, DateTime maintenant)
    {
        static string T(DateTime d) => d.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        static string E(string s) => s.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r", "").Replace("\n", "\\n");
        var b = new StringBuilder();
        void L(string ligne)
        {
            // Lines longer than 75 octets are folded with CRLF + space.
            var bytes = Encoding.UTF8.GetBytes(ligne);
            if (bytes.Length <= 75) { b.Append(ligne).Append("\r\n"); return; }
            var courant = new StringBuilder();
            var taille = 0;
            foreach (var ch in ligne)
            {
                var n = Encoding.UTF8.GetByteCount(ch.ToString());
                if (taille + n > 74) { b.Append(courant).Append("\r\n "); courant.Clear(); taille = 1; }
                courant.Append(ch);
                taille += n;
            }
            b.Append(courant).Append("\r\n");
        }
        L("BEGIN:VCALENDAR");
        L("VERSION:2.0");
        L("PRODID:-//DINUM//Entrepreneurs d'interet general//FR");
        L("CALSCALE:GREGORIAN");
        L("METHOD:PUBLISH");
        L("BEGIN:VEVENT");
        L($"UID:{uid}@eig.numerique.gouv.fr");
        L($"DTSTAMP:{T(maintenant)}");
        L($"DTSTART:{T(debutUtc)}");
        L($"DTEND:{T(finUtc)}");
        L($"SUMMARY:{E(titre)}");
        L($"LOCATION:{E(lieu)}");
        L($"DESCRIPTION:{E(description)}");
        L("END:VEVENT");
        L("END:VCALENDAR");
        return Encoding.UTF8.GetBytes(b.ToString());
    }
}
