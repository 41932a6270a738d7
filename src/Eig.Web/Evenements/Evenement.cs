using System.Globalization;
using System.Text;

namespace Eig.Web.Evenements;

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
