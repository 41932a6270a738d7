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
    public static readonly Evenements.RegleCreneaux Publication = new(DureeMin: 60, DureeMax: 60, NombreMax: 8, LongueurLieu: LongueurModalites,
        DelaiMaxHeures: DelaiMaxHeures);

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
    /// <summary>Until how many hours before the interview the person may cancel or change it online (set for the
    /// whole series when it is published; 24 by default).</summary>
    public int DelaiModificationHeures { get; private set; } = DelaiParDefautHeures;
    /// <summary>When the day-before reminder of the current booking went out: set by one conditional update, so a
    /// booking is reminded once whatever the number of instances; a new booking starts without it.</summary>
    public DateTime? RappelEnvoyeLe { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    public const int DelaiParDefautHeures = Evenements.RegleCreneaux.DelaiParDefautHeures;
    public const int DelaiMaxHeures = 14 * 24;

    public bool EstLibre => CandidatureId is null;

    /// <summary>The last moment the booking may be cancelled or changed by the person.</summary>
    public DateTime ModifiableJusquA => Evenements.ModificationEnLigne.Limite(Debut, DelaiModificationHeures);
    public bool EstModifiable(DateTime maintenant) => Evenements.ModificationEnLigne.EstPossible(Debut, DelaiModificationHeures, maintenant);

    public static Creneau PremierEntretien(SprintRecrutement sprint, Guid profilId, DateTime debut, string modalites, DateTime maintenant,
        int delaiModificationHeures = DelaiParDefautHeures)
    {
        if (!sprint.DansFenetreEntretiens(debut))
            throw new DomainException($"Le créneau doit se situer dans la fenêtre d'entretiens du sprint ({Fr.Date(sprint.EntretiensDebut)} – {Fr.Date(sprint.EntretiensFin)}).");
        return Nouveau(TypeEntretien.Premier, debut, modalites, maintenant, delaiModificationHeures, c => { c.SprintId = sprint.Id; c.ProfilId = profilId; });
    }

    public static Creneau EntretienMission(Guid defiId, DateTime debut, string modalites, DateTime maintenant, int delaiModificationHeures = DelaiParDefautHeures) =>
        Nouveau(TypeEntretien.Mission, debut, modalites, maintenant, delaiModificationHeures, c => c.DefiId = defiId);

    private static Creneau Nouveau(TypeEntretien type, DateTime debut, string modalites, DateTime maintenant, int delai, Action<Creneau> lier)
    {
        if (delai is < 0 or > DelaiMaxHeures)
            throw new DomainException($"Le délai de modification va de 0 à {Fr.Entier(DelaiMaxHeures)} heures.");
        if (debut.Kind != DateTimeKind.Utc)
            throw new ArgumentException("Les instants sont en UTC.", nameof(debut));
        if (debut <= maintenant)
            throw new DomainException("Un créneau se publie dans le futur.");
        if (string.IsNullOrWhiteSpace(modalites) || modalites.Length > LongueurModalites)
            throw new DomainException($"Indiquez le lieu ou le lien de visioconférence ({LongueurModalites} caractères au plus).");
        var c = new Creneau { Type = type, Debut = debut, Fin = debut + Duree, Modalites = modalites.Trim(), DelaiModificationHeures = delai };
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
        RappelEnvoyeLe = null;
        Version = Guid.NewGuid();
    }

    /// <summary>The candidature withdrew or was erased, or staff moved the booking: the slot goes back to others.</summary>
    public void Liberer()
    {
        CandidatureId = null;
        ReserveLe = null;
        RappelEnvoyeLe = null;
        Version = Guid.NewGuid();
    }

    /// <summary>The person cancels (or changes: <see cref="ReservationsEntretiens.ChangerAsync"/>) their own booking,
    /// until <see cref="ModifiableJusquA"/>; after it only staff can move it.</summary>
    public void Annuler(Guid candidatureId, DateTime maintenant)
    {
        if (CandidatureId != candidatureId)
            throw new DomainException("Ce créneau n'est pas réservé à votre nom.");
        Evenements.ModificationEnLigne.Verifier(Debut, DelaiModificationHeures, maintenant, "Cet entretien", "écrivez à l'équipe, qui peut le déplacer");
        Liberer();
    }
}
