namespace Eig.Web.Candidatures;

public enum StatutEtape
{
    AVenir = 0,
    EnCours = 1,
    Franchie = 2,
    Arretee = 3,
}

public sealed record EtapeChronologie(int Numero, string Titre, StatutEtape Statut, string Detail, DateTime? Date);

/// <summary>The five steps of seed 004 as the candidate sees them, each with its state and date.</summary>
public static class Chronologie
{
    public static readonly IReadOnlyList<string> Titres =
    [
        "Examen de votre dossier par les experts",
        "Premier entretien selon votre profil",
        "Intégration au vivier d'entrepreneur·es",
        "Second entretien pour une mission",
        "Proposition d'embauche et lettre de mission",
    ];

    /// <param name="propositions">Proposals of this candidature to défis (step 4).</param>
    /// <param name="offres">Offers made to it (step 5).</param>
    public static IReadOnlyList<EtapeChronologie> Construire(Candidature c, IReadOnlyCollection<Proposition> propositions,
        IReadOnlyCollection<Offre> offres)
    {
        DateTime? Quand(EtatCandidature etat) => c.Historique.Where(h => h.Etat == etat).OrderByDescending(h => h.At).FirstOrDefault()?.At;
        var etapes = new List<EtapeChronologie>();
        var arret = c.Etat is EtatCandidature.NonRetenue or EtatCandidature.Retiree ? c.EtapeArret : null;
        var atteinte = c.Etat switch
        {
            EtatCandidature.Brouillon => 0,
            EtatCandidature.Deposee => 1,
            EtatCandidature.PremierEntretien => 2,
            EtatCandidature.Vivier => offres.Any(o => o.Etat == EtatOffre.Envoyee) ? 5 : propositions.Any(p => p.Etat is EtatProposition.Proposee or EtatProposition.Choisie) ? 4 : 3,
            EtatCandidature.Recrutee => 6,
            _ => arret ?? 1,
        };
        var arretLibelle = c.Etat == EtatCandidature.Retiree ? "Candidature retirée" : "Non retenue";
        for (var n = 1; n <= 5; n++)
        {
            var (statut, detail, date) = n switch
            {
                _ when arret == n => (StatutEtape.Arretee, arretLibelle + (c.MotifDecision.Length > 0 ? " : " + c.MotifDecision : ""), c.DecisionLe),
                _ when arret is not null && n > arret => (StatutEtape.AVenir, "", (DateTime?)null),
                _ when n < atteinte => (StatutEtape.Franchie, Franchie(n, propositions, offres), DateFranchie(n, Quand, propositions, offres)),
                _ when n == atteinte => (StatutEtape.EnCours, EnCours(n), n == 1 ? c.DeposeeLe : DateFranchie(n - 1, Quand, propositions, offres)),
                _ => (StatutEtape.AVenir, "", (DateTime?)null),
            };
            etapes.Add(new EtapeChronologie(n, Titres[n - 1], statut, detail, date));
        }
        return etapes;
    }

    private static string EnCours(int n) => n switch
    {
        1 => "Votre dossier est en cours d'examen.",
        2 => "Réservez un créneau d'entretien d'une heure.",
        3 => "Vous faites partie du vivier : une mission peut vous être proposée.",
        4 => "Une administration lauréate souhaite vous rencontrer.",
        _ => "Une proposition d'embauche vous attend.",
    };

    private static string Franchie(int n, IReadOnlyCollection<Proposition> propositions, IReadOnlyCollection<Offre> offres) => n switch
    {
        1 => "Dossier retenu.",
        2 => "Entretien concluant.",
        3 => "Vous avez intégré le vivier.",
        4 => "L'administration vous a choisi·e.",
        _ => "Offre acceptée.",
    };

    private static DateTime? DateFranchie(int n, Func<EtatCandidature, DateTime?> quand, IReadOnlyCollection<Proposition> propositions,
        IReadOnlyCollection<Offre> offres) => n switch
    {
        1 => quand(EtatCandidature.PremierEntretien),
        2 => quand(EtatCandidature.Vivier),
        3 => propositions.Select(p => (DateTime?)p.ProposeeLe).Min(),
        4 => offres.Select(o => (DateTime?)o.EnvoyeeLe).Max(),
        _ => quand(EtatCandidature.Recrutee),
    };
}
