namespace Eig.Web.Candidatures;

public enum TypeEntretien
{
    /// <summary>Step 2: one hour with the programme's experts, by profile, in the sprint's interview window.</summary>
    Premier = 0,
    /// <summary>Step 4: one hour with the administration, for a given défi.</summary>
    Mission = 1,
}

/// <summary>An interview slot published by staff (or the administration, for a mission) that one candidate books.
/// The version token makes two people booking the same slot at once end with one booking and one French message.</summary>
public class Creneau
{
    public static readonly TimeSpan Duree = TimeSpan.FromHours(1);
    public const int LongueurModalites = 500;

    /// <summary>How interview slots are published (Evenements/PublicationCreneaux): one hour each, eight at most at once.</summary>
    public static readonly Evenements.RegleCreneaux Publication = new(DureeMin: 60, DureeMax: 60, NombreMax: 8, LongueurLieu: LongueurModalites);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public TypeEntretien Type { get; private set; }
    public Guid? SprintId { get; private set; }
    public Guid? ProfilId { get; private set; }
    public Guid? DefiId { get; private set; }
    public DateTime Debut { get; private set; }
    public DateTime Fin { get; private set; }
    /// <summary>Where or how: an address or a video link, shown to the person who booked.</summary>
    public string Modalites { get; private set; } = "";
    public Guid? CandidatureId { get; private set; }
    public DateTime? ReserveLe { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    public bool EstLibre => CandidatureId is null;

    public static Creneau PremierEntretien(SprintRecrutement sprint, Guid profilId, DateTime debut, string modalites, DateTime maintenant)
    {
        if (!sprint.DansFenetreEntretiens(debut))
            throw new DomainException($"Le créneau doit se situer dans la fenêtre d'entretiens du sprint ({Fr.Date(sprint.EntretiensDebut)} – {Fr.Date(sprint.EntretiensFin)}).");
        return Nouveau(TypeEntretien.Premier, debut, modalites, maintenant, c => { c.SprintId = sprint.Id; c.ProfilId = profilId; });
    }

    public static Creneau EntretienMission(Guid defiId, DateTime debut, string modalites, DateTime maintenant) =>
        Nouveau(TypeEntretien.Mission, debut, modalites, maintenant, c => c.DefiId = defiId);

    private static Creneau Nouveau(TypeEntretien type, DateTime debut, string modalites, DateTime maintenant, Action<Creneau> lier)
    {
        if (debut.Kind != DateTimeKind.Utc)
            throw new ArgumentException("Les instants sont en UTC.", nameof(debut));
        if (debut <= maintenant)
            throw new DomainException("Un créneau se publie dans le futur.");
        if (string.IsNullOrWhiteSpace(modalites) || modalites.Length > LongueurModalites)
            throw new DomainException($"Indiquez le lieu ou le lien de visioconférence ({LongueurModalites} caractères au plus).");
        var c = new Creneau { Type = type, Debut = debut, Fin = debut + Duree, Modalites = modalites.Trim() };
        lier(c);
        return c;
    }

    /// <param name="dejaReserve">The candidature already holds a slot of this type (for a mission: for this défi).</param>
    public void Reserver(Candidature candidature, bool dejaReserve, DateTime maintenant)
    {
        if (!EstLibre)
            throw new DomainException("Ce créneau vient d'être réservé par quelqu'un d'autre. Choisissez-en un autre.");
        if (Debut <= maintenant)
            throw new DomainException("Ce créneau est passé.");
        if (dejaReserve)
            throw new DomainException("Vous avez déjà réservé un créneau pour cet entretien.");
        if (Type == TypeEntretien.Premier
            && (candidature.Etat != EtatCandidature.PremierEntretien || candidature.SprintId != SprintId || candidature.ProfilId != ProfilId))
            throw new DomainException("Ce créneau n'est pas ouvert à votre candidature.");
        if (Type == TypeEntretien.Mission && candidature.Etat != EtatCandidature.Vivier)
            throw new DomainException("Ce créneau n'est pas ouvert à votre candidature.");
        CandidatureId = candidature.Id;
        ReserveLe = maintenant;
        Version = Guid.NewGuid();
    }

    /// <summary>The candidature withdrew or was erased: the slot goes back to others.</summary>
    public void Liberer()
    {
        CandidatureId = null;
        ReserveLe = null;
        Version = Guid.NewGuid();
    }

    public void Annuler(Guid candidatureId, DateTime maintenant)
    {
        if (CandidatureId != candidatureId)
            throw new DomainException("Ce créneau n'est pas réservé à votre nom.");
        if (Debut - maintenant < TimeSpan.FromHours(24))
            throw new DomainException("Un créneau ne s'annule plus en ligne moins de 24 heures avant l'entretien : écrivez à l'équipe.");
        CandidatureId = null;
        ReserveLe = null;
        Version = Guid.NewGuid();
    }
}
