using System.Globalization;
using System.Text;

namespace Eig.Web.Evenements;

/// <summary>What kind of event: the public webinars, or a session of a promotion's support programme.</summary>
public enum TypeEvenement
{
    Webinaire = 0,
    /// <summary>A collective seminar of the whole promotion.</summary>
    Seminaire = 1,
    /// <summary>Coaching of the teams.</summary>
    Coaching = 2,
    /// <summary>Peer learning between EIG (co-développement).</summary>
    Codeveloppement = 3,
}

/// <summary>A webinar or seminar staff publish; visitors register up to the capacity. With a
/// <see cref="PromotionId"/> it is a session of that promotion's support programme: not on the public site, open to
/// the promotion's EIG and sponsors only.</summary>
public class Evenement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public TypeEvenement Type { get; set; }
    public Guid? PromotionId { get; set; }
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

    public static string Libelle(TypeEvenement t) => t switch
    {
        TypeEvenement.Seminaire => "Séminaire collectif",
        TypeEvenement.Coaching => "Coaching d'équipe",
        TypeEvenement.Codeveloppement => "Co-développement entre pairs",
        _ => "Webinaire",
    };

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
    /// <summary>The account of a person registered from their space (promotion sessions); null for the public form.</summary>
    public Guid? UtilisateurId { get; set; }
    /// <summary>Attendance as staff mark it after the session; null until then.</summary>
    public bool? Present { get; set; }
}

/// <summary>A 20-minute call with the team. Its booking is a separate row with a unique index on the slot: however
/// many people press "Réserver" at once, the database keeps one.</summary>
public class CreneauAppel
{
    public const int DureeMinutes = 20;

    /// <summary>How call slots are published (<see cref="PublicationCreneaux"/>): twenty minutes each, by phone or
    /// video (the person says how when booking), 24 at most at once.</summary>
    public static readonly RegleCreneaux Publication = new(DureeMin: DureeMinutes, DureeMax: DureeMinutes, NombreMax: 24, LongueurLieu: null);

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
