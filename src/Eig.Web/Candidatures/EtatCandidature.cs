namespace Eig.Web.Candidatures;

/// <summary>Where a candidature stands. The five steps of seed 004 map onto it: 1 dossier (Deposee),
/// 2 first interview (PremierEntretien), 3 vivier (Vivier), 4 second interview and 5 offer (Vivier with a proposal or
/// an offer, see <see cref="Proposition"/> and <see cref="Offre"/>), then Recrutee.</summary>
public enum EtatCandidature
{
    Brouillon = 0,
    Deposee = 1,
    PremierEntretien = 2,
    Vivier = 3,
    Recrutee = 4,
    NonRetenue = 5,
    Retiree = 6,
}

public static class EtatsCandidature
{
    public static string Libelle(EtatCandidature etat) => etat switch
    {
        EtatCandidature.Brouillon => "Brouillon",
        EtatCandidature.Deposee => "Dossier déposé, en cours d'examen",
        EtatCandidature.PremierEntretien => "Invité·e au premier entretien",
        EtatCandidature.Vivier => "Dans le vivier",
        EtatCandidature.Recrutee => "Recruté·e",
        EtatCandidature.NonRetenue => "Non retenue",
        EtatCandidature.Retiree => "Retirée",
        _ => etat.ToString(),
    };

    /// <summary>States in which the candidate is still in the running: they may withdraw, and staff may act.</summary>
    public static bool EstEnCours(EtatCandidature etat) =>
        etat is EtatCandidature.Deposee or EtatCandidature.PremierEntretien or EtatCandidature.Vivier;
}

/// <summary>One dated, attributed line of a candidature's history: the timeline and the audit read from it.</summary>
public class JalonCandidature
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CandidatureId { get; set; }
    public DateTime At { get; set; }
    public EtatCandidature Etat { get; set; }
    public Guid? ParId { get; set; }
    public string Motif { get; set; } = "";
}
