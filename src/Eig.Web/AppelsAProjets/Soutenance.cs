namespace Eig.Web.AppelsAProjets;

/// <summary>A slot staff publish for a soutenance; a pre-selected porteur books it, or staff assign it. The porteur
/// may change or cancel the booking online until the series' delay (<see cref="Evenements.ModificationEnLigne"/>);
/// after it, staff move it. The version token makes two people taking the same slot at once end with one booking.</summary>
public class CreneauSoutenance
{
    public const int LongueurLieu = 300;
    public const string Recours = "écrivez à l'équipe du programme depuis la messagerie du dossier : elle peut la déplacer";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AppelId { get; set; }
    public DateTime Debut { get; set; }
    public int DureeMinutes { get; set; } = 45;
    public string Lieu { get; set; } = "";
    public Guid? DossierId { get; private set; }
    public DateTime? ReserveLe { get; private set; }
    /// <summary>Until how many hours before the soutenance the porteur may cancel or change it online (set for the
    /// whole series when it is published).</summary>
    public int DelaiModificationHeures { get; init; } = Evenements.RegleCreneaux.DelaiParDefautHeures;
    /// <summary>When the day-before reminder of the current booking went out: claimed by one conditional update, so a
    /// booking is reminded once; a new booking starts without it.</summary>
    public DateTime? RappelEnvoyeLe { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    public DateTime Fin => Debut.AddMinutes(DureeMinutes);
    public bool EstLibre => DossierId is null;
    public DateTime ModifiableJusquA => Evenements.ModificationEnLigne.Limite(Debut, DelaiModificationHeures);
    public bool EstModifiable(DateTime maintenant) => Evenements.ModificationEnLigne.EstPossible(Debut, DelaiModificationHeures, maintenant);

    public void Reserver(DossierProjet dossier, DateTime maintenant)
    {
        if (dossier.Etat != EtatDossier.PreSelectionne && dossier.Etat != EtatDossier.Soutenance)
            throw new DomainException("Seul un dossier pré-sélectionné peut réserver un créneau de soutenance.");
        if (dossier.AppelId != AppelId)
            throw new DomainException("Ce créneau appartient à un autre appel à projets.");
        if (DossierId is not null && DossierId != dossier.Id)
            throw new DomainException(ReservationsSoutenances.DejaPris);
        if (Debut <= maintenant)
            throw new DomainException("Ce créneau est passé.");
        DossierId = dossier.Id;
        ReserveLe = maintenant;
        RappelEnvoyeLe = null;
        Version = Guid.NewGuid();
    }

    /// <summary>Staff moved the booking, or the dossier is gone: the slot goes back to others.</summary>
    public void Liberer()
    {
        DossierId = null;
        ReserveLe = null;
        RappelEnvoyeLe = null;
        Version = Guid.NewGuid();
    }

    /// <summary>The porteur cancels (or changes) their own booking, until <see cref="ModifiableJusquA"/>.</summary>
    public void Annuler(Guid dossierId, DateTime maintenant)
    {
        if (DossierId != dossierId)
            throw new DomainException("Ce créneau n'est pas réservé pour ce dossier.");
        Evenements.ModificationEnLigne.Verifier(Debut, DelaiModificationHeures, maintenant, "Cette soutenance", Recours);
        Liberer();
    }
}

public enum EtatSessionJury
{
    Preparation = 0,
    Publiee = 1,
}

/// <summary>A jury session: a date, its members, an agenda of dossiers. Decisions are recorded during deliberation and
/// published together at the end, so that no administration learns its result before the others.</summary>
public class SessionJury
{
    public const int LongueurTitre = 200;
    public const int LongueurDeliberation = 20000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AppelId { get; set; }
    public string Titre { get; set; } = "";
    public DateOnly Date { get; set; }
    public EtatSessionJury Etat { get; private set; } = EtatSessionJury.Preparation;
    public string Deliberation { get; set; } = "";
    public DateTime? PublieeLe { get; private set; }
    public List<MembreJury> Membres { get; } = [];
    public List<PointOrdreDuJour> OrdreDuJour { get; } = [];

    public void VerifierModifiable()
    {
        if (Etat == EtatSessionJury.Publiee)
            throw new DomainException("Les décisions de cette session sont publiées : elle ne peut plus être modifiée.");
    }

    /// <summary>Checks everything is decided; the caller then applies each decision to its dossier.</summary>
    public void Publier(DateTime maintenant)
    {
        VerifierModifiable();
        if (OrdreDuJour.Count == 0)
            throw new DomainException("L'ordre du jour est vide.");
        var sansDecision = OrdreDuJour.Count(p => p.Decision is null);
        if (sansDecision > 0)
            throw new DomainException(sansDecision == 1 ? "Un dossier de l'ordre du jour n'a pas encore de décision." : $"{sansDecision} dossiers de l'ordre du jour n'ont pas encore de décision.");
        Etat = EtatSessionJury.Publiee;
        PublieeLe = maintenant;
    }
}

public class MembreJury
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public Guid UtilisateurId { get; set; }
}

/// <summary>A dossier on a session's agenda, with the soutenance notes and, after deliberation, the decision.</summary>
public class PointOrdreDuJour
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public Guid DossierId { get; set; }
    public int Ordre { get; set; }
    public string NotesSoutenance { get; set; } = "";
    public EtatDossier? Decision { get; private set; }
    public string Motivation { get; private set; } = "";
    public List<ProfilOctroye> Profils { get; } = [];

    public void Decider(EtatDossier decision, string motivation, IReadOnlyDictionary<string, int> profils)
    {
        if (!EtatsDossier.EstDecide(decision))
            throw new DomainException("Choisissez une décision : lauréat, non retenu ou sans suite.");
        if (string.IsNullOrWhiteSpace(motivation))
            throw new DomainException("Motivez la décision.");
        if (motivation.Length > DossierProjet.Long)
            throw new DomainException($"La motivation ne peut pas dépasser {DossierProjet.Long} caractères.");
        if (decision == EtatDossier.Laureat && !profils.Any(p => p.Value > 0))
            throw new DomainException("Indiquez les profils octroyés au lauréat.");
        if (profils.Any(p => p.Value is < 0 or > 10))
            throw new DomainException("Le nombre de profils octroyés doit être compris entre 0 et 10.");
        Decision = decision;
        Motivation = motivation.Trim();
        Profils.Clear();
        if (decision == EtatDossier.Laureat)
            Profils.AddRange(profils.Where(p => p.Value > 0)
                .Select(p => new ProfilOctroye { PointId = Id, DossierId = DossierId, Profil = p.Key, Nombre = p.Value }));
    }
}

/// <summary>Profiles granted to a laureate (e.g. 1 CPO + 1 CTO). Once the défi exists, DefiId links them to it: the call
/// for candidates reads this table to open recruitment.</summary>
public class ProfilOctroye
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PointId { get; set; }
    public Guid DossierId { get; set; }
    public Guid? DefiId { get; set; }
    public string Profil { get; set; } = "";
    public int Nombre { get; set; }
}

/// <summary>A message on a dossier between its porteur and the program team.</summary>
public class MessageDossier
{
    public const int LongueurMax = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DossierId { get; set; }
    public Guid AuteurId { get; set; }
    public bool DeLEquipe { get; set; }
    public string Texte { get; set; } = "";
    public DateTime Le { get; set; }
}
