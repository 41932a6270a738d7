namespace Eig.Web.Candidatures;

/// <summary>A profile a laureate défi recruits, and how many people: "1 directeur·rice de produit". The AAP jury
/// grants profiles; until its table feeds this one, staff open the posts here. <see cref="ReferentId"/> is the
/// administration's account (the porteur) who interviews the shortlisted candidates.</summary>
public class PosteOuvert
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DefiId { get; set; }
    public string ProfilCode { get; set; } = "";
    public int Nombre { get; set; } = 1;
    /// <summary>Comma-separated expertises the défi needs ("santé, données"), matched against candidates' skills.</summary>
    public string Expertises { get; set; } = "";
    public DateOnly? DebutSouhaite { get; set; }
    public Guid ReferentId { get; set; }
}

public enum EtatProposition
{
    Proposee = 0,
    Choisie = 1,
    Ecartee = 2,
    Annulee = 3,
}

/// <summary>Step 4: staff propose a candidate of the vivier to a défi for one of its posts (three per post). The
/// administration interviews them and gives its feedback and choice.</summary>
public class Proposition
{
    public const int ParPoste = 3;
    public const int LongueurAvis = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PosteId { get; private set; }
    public Guid DefiId { get; private set; }
    public Guid CandidatureId { get; private set; }
    public string Explication { get; private set; } = "";
    public DateTime ProposeeLe { get; private set; }
    public Guid ProposeeParId { get; private set; }
    public EtatProposition Etat { get; private set; } = EtatProposition.Proposee;
    public string AvisAdministration { get; private set; } = "";
    public DateTime? DecideeLe { get; private set; }
    public Guid? DecideeParId { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <param name="dejaProposees">Active proposals already on this post.</param>
    public static Proposition Proposer(PosteOuvert poste, Candidature candidature, IReadOnlyCollection<Proposition> dejaProposees,
        string explication, Guid par, DateTime maintenant)
    {
        if (candidature.Etat != EtatCandidature.Vivier)
            throw new DomainException("Seule une personne du vivier peut être proposée à une administration.");
        var actives = dejaProposees.Where(p => p.PosteId == poste.Id && p.Etat != EtatProposition.Annulee).ToList();
        if (dejaProposees.Any(p => p.PosteId == poste.Id && p.CandidatureId == candidature.Id))
            throw new DomainException("Cette personne est déjà proposée pour ce poste.");
        if (actives.Count(p => p.Etat == EtatProposition.Proposee) >= ParPoste * poste.Nombre)
            throw new DomainException($"Trois personnes au plus sont proposées par poste ouvert : {ParPoste * poste.Nombre} le sont déjà.");
        return new Proposition
        {
            PosteId = poste.Id, DefiId = poste.DefiId, CandidatureId = candidature.Id, Explication = explication ?? "",
            ProposeeLe = maintenant, ProposeeParId = par,
        };
    }

    /// <summary>The administration's choice after the second interview, with its feedback.</summary>
    public void Decider(bool choisie, string avis, Guid par, DateTime maintenant)
    {
        if (Etat != EtatProposition.Proposee)
            throw new DomainException("L'administration a déjà rendu sa décision sur cette candidature.");
        if (string.IsNullOrWhiteSpace(avis))
            throw new DomainException("Donnez votre retour sur l'entretien : il aide l'équipe et la personne.");
        if (avis.Length > LongueurAvis)
            throw new DomainException($"Le retour ne peut pas dépasser {LongueurAvis} caractères.");
        Etat = choisie ? EtatProposition.Choisie : EtatProposition.Ecartee;
        AvisAdministration = avis.Trim();
        DecideeLe = maintenant;
        DecideeParId = par;
        Version = Guid.NewGuid();
    }

    public void Annuler(DateTime maintenant)
    {
        if (Etat != EtatProposition.Proposee)
            throw new DomainException("Seule une proposition en attente peut être annulée.");
        Etat = EtatProposition.Annulee;
        DecideeLe = maintenant;
        Version = Guid.NewGuid();
    }
}

public enum EtatOffre
{
    Envoyee = 0,
    Acceptee = 1,
    Declinee = 2,
}

/// <summary>Step 5: the DINUM's hiring offer, its pay computed from the call's grid, a project contract of at least
/// one year. A person holds at most one offer awaiting an answer (domain rule and a filtered unique index).</summary>
public class Offre
{
    public const int DureeMinimaleMois = 12;
    public const int DureeMaximaleMois = 72;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CandidatureId { get; private set; }
    public Guid PropositionId { get; private set; }
    public Guid DefiId { get; private set; }
    public int SalaireNetMensuel { get; private set; }
    public int PartVariablePourcent { get; private set; }
    public string RegleAppliquee { get; private set; } = "";
    public int DureeMois { get; private set; }
    public DateOnly DateDebut { get; private set; }
    public EtatOffre Etat { get; private set; } = EtatOffre.Envoyee;
    public DateTime EnvoyeeLe { get; private set; }
    public Guid EnvoyeeParId { get; private set; }
    public DateTime? ReponduLe { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    public static Offre Proposer(Candidature candidature, Proposition proposition, GrilleRemuneration grille, int dureeMois,
        DateOnly dateDebut, bool offreActiveExistante, Guid par, DateTime maintenant)
    {
        if (candidature.Etat != EtatCandidature.Vivier)
            throw new DomainException("Une offre ne peut être faite qu'à une personne du vivier.");
        if (proposition.CandidatureId != candidature.Id || proposition.Etat != EtatProposition.Choisie)
            throw new DomainException("Une offre suit le choix de l'administration après le second entretien.");
        if (offreActiveExistante)
            throw new DomainException("Cette personne a déjà une offre en attente de réponse.");
        if (dureeMois < DureeMinimaleMois)
            throw new DomainException("Le contrat de projet dure au moins un an (12 mois).");
        if (dureeMois > DureeMaximaleMois)
            throw new DomainException($"Le contrat de projet ne peut pas dépasser {DureeMaximaleMois} mois.");
        if (dateDebut <= DateOnly.FromDateTime(maintenant))
            throw new DomainException("La date de début doit être postérieure à aujourd'hui.");
        var remuneration = grille.Calculer(candidature.AnneesExperience
            ?? throw new DomainException("Les années d'expérience de la personne sont inconnues."));
        return new Offre
        {
            CandidatureId = candidature.Id, PropositionId = proposition.Id, DefiId = proposition.DefiId,
            SalaireNetMensuel = remuneration.SalaireNetMensuel, PartVariablePourcent = remuneration.PartVariablePourcent,
            RegleAppliquee = remuneration.RegleAppliquee, DureeMois = dureeMois, DateDebut = dateDebut,
            EnvoyeeLe = maintenant, EnvoyeeParId = par,
        };
    }

    public void Accepter(Candidature candidature, DateTime maintenant)
    {
        Repondre(maintenant);
        candidature.Recruter(maintenant);
        Etat = EtatOffre.Acceptee;
    }

    /// <summary>Declining keeps the person in the vivier: another mission may suit them better.</summary>
    public void Decliner(DateTime maintenant)
    {
        Repondre(maintenant);
        Etat = EtatOffre.Declinee;
    }

    private void Repondre(DateTime maintenant)
    {
        if (Etat != EtatOffre.Envoyee)
            throw new DomainException("Vous avez déjà répondu à cette offre.");
        ReponduLe = maintenant;
        Version = Guid.NewGuid();
    }
}

/// <summary>A member of a défi's team. Kept here rather than on Défi (owned by the public site).</summary>
public class MembreEquipe
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DefiId { get; set; }
    public Guid? UtilisateurId { get; set; }
    public Guid? CandidatureId { get; set; }
    /// <summary>The person the public site shows (talents directory, défi page, figures), created when they join.</summary>
    public Guid? PersonneId { get; set; }
    public string NomComplet { get; set; } = "";
    public string Profil { get; set; } = "";
    public DateOnly Depuis { get; set; }
    /// <summary>Shown in the public talents directory only with the person's consent.</summary>
    public bool AnnuairePublic { get; set; }
}
