namespace Eig.Web.Appels;

public enum EtatAppel
{
    Brouillon = 0,
    Publie = 1,
    Clos = 2,
}

public static class EtatsAppel
{
    public static string Libelle(EtatAppel e) => e switch
    {
        EtatAppel.Brouillon => "Brouillon",
        EtatAppel.Publie => "Publié",
        _ => "Clos",
    };
}

public enum ModeAppel
{
    /// <summary>A fixed filing window, e.g. 1 February – 7 April.</summary>
    Fenetre = 0,
    /// <summary>Continuous filing, with a jury every few months.</summary>
    Continu = 1,
}

/// <summary>What both calls share: a life from draft to closed, and a filing window.</summary>
public abstract class Appel
{
    public const int LongueurTitre = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PromotionId { get; set; }
    public string Titre { get; set; } = "";
    public EtatAppel Etat { get; private set; } = EtatAppel.Brouillon;
    public ModeAppel Mode { get; set; } = ModeAppel.Fenetre;
    public DateOnly? Ouverture { get; set; }
    public DateOnly? Cloture { get; set; }
    public DateTime? PublieLe { get; private set; }
    public DateTime? ClosLe { get; private set; }

    public void Publier(DateTime maintenant)
    {
        if (Etat != EtatAppel.Brouillon)
            throw new DomainException("Seul un appel en brouillon peut être publié.");
        if (Mode == ModeAppel.Fenetre && (Ouverture is null || Cloture is null))
            throw new DomainException("Un appel à fenêtre fixe doit avoir une date d'ouverture et une date de clôture.");
        if (Ouverture is { } o && Cloture is { } c && c < o)
            throw new DomainException("La date de clôture doit suivre la date d'ouverture.");
        Etat = EtatAppel.Publie;
        PublieLe = maintenant;
    }

    public void Clore(DateTime maintenant)
    {
        if (Etat != EtatAppel.Publie)
            throw new DomainException("Seul un appel publié peut être clos.");
        Etat = EtatAppel.Clos;
        ClosLe = maintenant;
    }

    /// <summary>Open means published and, for a fixed window, today inside it.</summary>
    public bool EstOuvert(DateOnly aujourdhui) =>
        Etat == EtatAppel.Publie
        && (Ouverture is null || aujourdhui >= Ouverture)
        && (Cloture is null || aujourdhui <= Cloture);
}
