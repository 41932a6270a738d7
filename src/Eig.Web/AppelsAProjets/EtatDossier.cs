namespace Eig.Web.AppelsAProjets;

public enum EtatDossier
{
    Brouillon = 0,
    Depose = 1,
    EnInstruction = 2,
    CorrectionsDemandees = 3,
    PreSelectionne = 4,
    Soutenance = 5,
    Laureat = 6,
    NonRetenu = 7,
    SansSuite = 8,
}

public static class EtatsDossier
{
    /// <summary>Every legal move. Anything else is refused by <see cref="DossierProjet"/>.</summary>
    public static readonly IReadOnlyDictionary<EtatDossier, EtatDossier[]> Transitions = new Dictionary<EtatDossier, EtatDossier[]>
    {
        [EtatDossier.Brouillon] = [EtatDossier.Depose],
        [EtatDossier.Depose] = [EtatDossier.EnInstruction, EtatDossier.SansSuite],
        [EtatDossier.EnInstruction] = [EtatDossier.CorrectionsDemandees, EtatDossier.PreSelectionne, EtatDossier.NonRetenu, EtatDossier.SansSuite],
        [EtatDossier.CorrectionsDemandees] = [EtatDossier.Depose, EtatDossier.SansSuite],
        [EtatDossier.PreSelectionne] = [EtatDossier.Soutenance, EtatDossier.NonRetenu, EtatDossier.SansSuite],
        // Back to pre-selected when the soutenance booked is cancelled before it took place: the dossier waits for a
        // slot again, and booking one calls it back (DossierProjet.AnnulerSoutenance).
        [EtatDossier.Soutenance] = [EtatDossier.Laureat, EtatDossier.NonRetenu, EtatDossier.SansSuite, EtatDossier.PreSelectionne],
        // Decided dossiers only move back, through a staff reopening with a reason.
        [EtatDossier.Laureat] = [EtatDossier.EnInstruction],
        [EtatDossier.NonRetenu] = [EtatDossier.EnInstruction],
        [EtatDossier.SansSuite] = [EtatDossier.EnInstruction],
    };

    public static bool EstDecide(EtatDossier e) => e is EtatDossier.Laureat or EtatDossier.NonRetenu or EtatDossier.SansSuite;

    public static string Libelle(EtatDossier e) => e switch
    {
        EtatDossier.Brouillon => "Brouillon",
        EtatDossier.Depose => "Déposé",
        EtatDossier.EnInstruction => "En instruction",
        EtatDossier.CorrectionsDemandees => "Corrections demandées",
        EtatDossier.PreSelectionne => "Pré-sélectionné",
        EtatDossier.Soutenance => "Soutenance",
        EtatDossier.Laureat => "Lauréat",
        EtatDossier.NonRetenu => "Non retenu",
        EtatDossier.SansSuite => "Sans suite",
        _ => e.ToString(),
    };

    /// <summary>DSFR badge type for a state.</summary>
    public static string Badge(EtatDossier e) => e switch
    {
        EtatDossier.Laureat => "success",
        EtatDossier.NonRetenu or EtatDossier.SansSuite => "error",
        EtatDossier.CorrectionsDemandees => "warning",
        EtatDossier.Brouillon => "new",
        _ => "info",
    };
}
