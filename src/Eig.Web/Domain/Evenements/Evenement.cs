using System.Globalization;
using System.Text;

namespace Eig.Web.Domain.Evenements;

/// <summary>A webinar or seminar staff publish; visitors register up to the capacity.</summary>
public class Evenement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Titre { get; set; } = "";
    public string Description { get; set; } = "";
    public DateTime Debut { get; set; }
    public int DureeMinutes { get; set; } = 60;
    /// <summary>The visio link or the address, sent to those registered.</summary>
    public string Lien { get; set; } = "";
    public int Capacite { get; set; }
    public int Inscrits { get; private set; }
    public bool Publie { get; set; }
    /// <summary>Renewed at each registration: two registrations for the last seat cannot both succeed.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime Fin => Debut.AddMinutes(DureeMinutes);
    public bool Complet => Inscrits >= Capacite;

    public void Inscrire(DateTime maintenant)
    {
        if (!Publie) throw new DomainException("Cet événement n'est pas ouvert aux inscriptions.");
        if (maintenant >= Debut) throw new DomainException("Cet événement a déjà commencé : les inscriptions sont closes.");
        if (Complet) throw new DomainException("Cet événement est complet.");
        Inscrits++;
        Version = Guid.NewGuid();
    }

    public void Desinscrire()
    {
        if (Inscrits > 0) Inscrits--;
        Version = Guid.NewGuid();
    }
}

public class InscriptionEvenement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EvenementId { get; set; }
    public string Nom { get; set; } = "";
    public string Email { get; set; } = "";
    public DateTime InscritLe { get; set; }
}

/// <summary>A 20-minute call with the team. Its booking is a separate row with a unique index on the slot: however
/// many people press "Réserver" at once, the database keeps one.</summary>
public class CreneauAppel
{
    public const int DureeMinutes = 20;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime Debut { get; set; }
    public DateTime Fin => Debut.AddMinutes(DureeMinutes);
}

public class ReservationCreneau
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CreneauId { get; set; }
    public string Nom { get; set; } = "";
    public string Email { get; set; } = "";
    public string Objet { get; set; } = "";
    public string JetonAnnulationHash { get; set; } = "";
    public DateTime ReserveLe { get; set; }
}

/// <summary>An iCalendar (.ics) file for one event, as mail clients import it (RFC 5545, UTC times).</summary>
public static class Ics
{
    public static byte[] Evenement(string uid, DateTime debut, DateTime fin, string titre, string description, string? lieu, DateTime maintenant)
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
        L("END:VEVENT");
        L("END:VCALENDAR");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
