namespace Eig.Web.Candidatures;

/// <summary>A person's application to a call for candidates. Saved as a draft while they write it, then moved through
/// the steps of seed 004 by domain methods that refuse illegal moves. One per person and call (unique index): a
/// replayed submission finds the same row.</summary>
public class Candidature
{
    public const int LongueurTexte = 5000;
    public const int LongueurCourte = 200;
    public const int LongueurUrl = 500;
    public const int LongueurMotif = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AppelId { get; private set; }
    /// <summary>The account; null once the person deleted it and only what a decision requires was kept.</summary>
    public Guid? CandidatId { get; private set; }
    public Guid? ProfilId { get; set; }
    public Guid? SprintId { get; private set; }

    public string Prenom { get; set; } = "";
    public string Nom { get; set; } = "";
    public string Email { get; set; } = "";
    public string Telephone { get; set; } = "";
    public string Ville { get; set; } = "";
    public int? AnneesExperience { get; set; }
    public string ExperienceEntrepreneuriale { get; set; } = "";
    public string Motivation { get; set; } = "";
    /// <summary>Comma-separated keywords ("produit, santé, données"): searched in the vivier and matched against a
    /// défi's expertises.</summary>
    public string Competences { get; set; } = "";
    public string Domaines { get; set; } = "";
    public string LienLinkedIn { get; set; } = "";
    public string LienGitHub { get; set; } = "";
    public string LienPortfolio { get; set; } = "";
    public DateOnly? Disponibilite { get; set; }
    public DateTime? ConsentementLe { get; private set; }
    /// <summary>Separate, optional consent: appear in the public talents directory once recruited.</summary>
    public bool AnnuairePublic { get; set; }

    public EtatCandidature Etat { get; private set; } = EtatCandidature.Brouillon;
    public DateTime CreeLe { get; private set; }
    public DateTime ModifieLe { get; private set; }
    public DateTime? DeposeeLe { get; private set; }
    public DateTime? DecisionLe { get; private set; }
    /// <summary>The step (1–5) at which the candidature stopped, when not retained or withdrawn.</summary>
    public int? EtapeArret { get; private set; }
    public string MotifDecision { get; private set; } = "";
    /// <summary>Set when the candidate was told their data will be erased (purge), so that the notice goes once.</summary>
    public DateTime? AvisPurgeLe { get; set; }

    public Guid Version { get; private set; } = Guid.NewGuid();
    public List<JalonCandidature> Historique { get; } = [];

    public bool ConsentementDonne => ConsentementLe is not null;

    public static Candidature Creer(Guid appelId, Guid candidatId, string email, DateTime maintenant) => new()
    {
        AppelId = appelId, CandidatId = candidatId, Email = email, CreeLe = maintenant, ModifieLe = maintenant,
    };

    /// <summary>Any edit of the form goes through here: only a draft can be changed.</summary>
    public void VerifierModifiable()
    {
        if (Etat != EtatCandidature.Brouillon)
            throw new DomainException("Votre candidature est déposée : elle ne peut plus être modifiée.");
    }

    public void Enregistrer(bool consentement, DateTime maintenant)
    {
        VerifierModifiable();
        ConsentementLe = consentement ? ConsentementLe ?? maintenant : null;
        Toucher(maintenant);
    }

    /// <summary>What is still missing before the candidature can be filed, field by field (names of the form).</summary>
    public IReadOnlyList<(string Champ, string Message)> Manques(bool aUnCv)
    {
        var manques = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Prenom)) manques.Add((nameof(Prenom), "Indiquez votre prénom."));
        if (string.IsNullOrWhiteSpace(Nom)) manques.Add((nameof(Nom), "Indiquez votre nom."));
        if (string.IsNullOrWhiteSpace(Email)) manques.Add((nameof(Email), "Indiquez votre adresse électronique."));
        if (ProfilId is null) manques.Add((nameof(ProfilId), "Choisissez le profil auquel vous candidatez."));
        if (AnneesExperience is null) manques.Add((nameof(AnneesExperience), "Indiquez vos années d'expérience professionnelle."));
        if (string.IsNullOrWhiteSpace(ExperienceEntrepreneuriale)) manques.Add((nameof(ExperienceEntrepreneuriale), "Décrivez votre expérience entrepreneuriale."));
        if (string.IsNullOrWhiteSpace(Motivation)) manques.Add((nameof(Motivation), "Expliquez votre motivation."));
        if (Disponibilite is null) manques.Add((nameof(Disponibilite), "Indiquez la date à partir de laquelle vous êtes disponible."));
        if (!aUnCv) manques.Add(("Cv", "Joignez votre CV au format PDF."));
        if (!ConsentementDonne) manques.Add(("Consentement", "Acceptez le traitement de vos données pour pouvoir déposer votre candidature."));
        return manques;
    }

    /// <summary>Files the candidature. Refused twice (a replay finds it already filed) and while anything is missing.</summary>
    public void Deposer(bool aUnCv, bool appelAccepteDepots, Guid? sprintId, DateTime maintenant)
    {
        if (Etat != EtatCandidature.Brouillon)
            throw new DomainException("Votre candidature est déjà déposée.");
        if (!appelAccepteDepots)
            throw new DomainException("L'appel à candidatures n'accepte pas de dépôt en ce moment.");
        if (Manques(aUnCv) is { Count: > 0 } m)
            throw new DomainException("Votre candidature est incomplète : " + string.Join(" ", m.Select(x => x.Message)));
        SprintId = sprintId;
        DeposeeLe = maintenant;
        Passer(EtatCandidature.Deposee, null, "", maintenant);
    }

    /// <summary>Step 1 → 2: the experts' review invites the candidate to the first interview.</summary>
    public void InviterPremierEntretien(Guid par, DateTime maintenant)
    {
        if (Etat != EtatCandidature.Deposee)
            throw new DomainException("Seule une candidature déposée peut être invitée au premier entretien.");
        Passer(EtatCandidature.PremierEntretien, par, "", maintenant);
    }

    /// <summary>Step 2 → 3: after the first interview, into the vivier.</summary>
    public void IntegrerVivier(Guid par, DateTime maintenant)
    {
        if (Etat != EtatCandidature.PremierEntretien)
            throw new DomainException("Seule une candidature passée en premier entretien peut intégrer le vivier.");
        Passer(EtatCandidature.Vivier, par, "", maintenant);
    }

    /// <summary>Not retained, at the dossier or first-interview step, always with a reason the candidate can read.</summary>
    public void NePasRetenir(Guid par, string motif, DateTime maintenant)
    {
        if (Etat is not (EtatCandidature.Deposee or EtatCandidature.PremierEntretien))
            throw new DomainException("Une candidature ne peut être écartée qu'à l'examen du dossier ou après le premier entretien.");
        if (string.IsNullOrWhiteSpace(motif))
            throw new DomainException("Indiquez le motif de la décision : il sera communiqué à la personne.");
        if (motif.Length > LongueurMotif)
            throw new DomainException($"Le motif ne peut pas dépasser {LongueurMotif} caractères.");
        EtapeArret = Etape;
        Passer(EtatCandidature.NonRetenue, par, motif.Trim(), maintenant);
    }

    /// <summary>Step 5 done: the offer was accepted.</summary>
    public void Recruter(DateTime maintenant)
    {
        if (Etat != EtatCandidature.Vivier)
            throw new DomainException("Seule une personne du vivier peut être recrutée.");
        Passer(EtatCandidature.Recrutee, CandidatId, "", maintenant);
    }

    public void Retirer(DateTime maintenant)
    {
        if (!EtatsCandidature.EstEnCours(Etat))
            throw new DomainException("Cette candidature ne peut plus être retirée.");
        EtapeArret = Etape;
        Passer(EtatCandidature.Retiree, CandidatId, "", maintenant);
    }

    /// <summary>True when a decision obliges the programme to keep part of the candidature after the person deletes
    /// their account: a reasoned refusal (kept for the retention period, in case it is contested) or a hiring.</summary>
    public bool DecisionAConserver(bool aUneOffre) => Etat is EtatCandidature.NonRetenue or EtatCandidature.Recrutee || aUneOffre;

    /// <summary>Keeps only what the decision needs (who, which call and profile, the decision, its reason and date,
    /// and the experience the pay was computed from) and detaches the account.</summary>
    public void Anonymiser(DateTime maintenant)
    {
        if (EtatsCandidature.EstEnCours(Etat) && Etat != EtatCandidature.Vivier)
            throw new DomainException("Une candidature en cours se retire avant d'être effacée.");
        CandidatId = null;
        Email = Telephone = Ville = ExperienceEntrepreneuriale = Motivation = Competences = Domaines = "";
        LienLinkedIn = LienGitHub = LienPortfolio = "";
        Disponibilite = null;
        AnnuairePublic = false;
        Toucher(maintenant);
    }

    /// <summary>The step of seed 004 (1–5) the candidature is at, from its state alone; steps 4–5 are refined by
    /// proposals and offers.</summary>
    public int Etape => Etat switch
    {
        EtatCandidature.Brouillon or EtatCandidature.Deposee => 1,
        EtatCandidature.PremierEntretien => 2,
        EtatCandidature.Vivier => 3,
        EtatCandidature.Recrutee => 5,
        _ => EtapeArret ?? 1,
    };

    private void Passer(EtatCandidature etat, Guid? par, string motif, DateTime maintenant)
    {
        Etat = etat;
        if (etat != EtatCandidature.Deposee) DecisionLe = maintenant;
        if (motif.Length > 0) MotifDecision = motif;
        Historique.Add(new JalonCandidature { CandidatureId = Id, At = maintenant, Etat = etat, ParId = par, Motif = motif });
        Toucher(maintenant);
    }

    private void Toucher(DateTime maintenant)
    {
        ModifieLe = maintenant;
        Version = Guid.NewGuid();
    }
}

/// <summary>The CV, a PDF checked by content, kept apart so that lists never load it.</summary>
public class CvCandidature
{
    public const int TailleMax = 5 * 1024 * 1024;

    public Guid CandidatureId { get; set; }
    public string NomFichier { get; set; } = "";
    public int Taille { get; set; }
    public byte[] Contenu { get; set; } = [];
    public DateTime DeposeLe { get; set; }
}
