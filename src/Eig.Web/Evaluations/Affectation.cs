namespace Eig.Web.Evaluations;

/// <summary>What kind of thing is evaluated. A string rather than an enum so that other features add their own kind
/// without touching this domain.</summary>
public static class ObjetsEvalues
{
    public const string DossierProjet = "dossier-projet";
    public const string Candidature = "candidature";
    public const string Entretien = "entretien";
}

public enum EtatAffectation
{
    Active = 0,
    /// <summary>The evaluator declared a conflict of interest: unassigned, but the line stays as the record.</summary>
    Conflit = 1,
    /// <summary>Staff withdrew the assignment.</summary>
    Retiree = 2,
}

/// <summary>An evaluator assigned to one evaluated item (a dossier, a candidature…), with a deadline.</summary>
public class Affectation
{
    public const int LongueurMotif = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Objet { get; set; } = "";
    public Guid ObjetId { get; set; }
    public Guid GrilleId { get; set; }
    public Guid EvaluateurId { get; set; }
    public Guid? AffecteParId { get; set; }
    public DateTime AffecteLe { get; set; }
    public DateTime? DateLimite { get; set; }
    public EtatAffectation Etat { get; private set; } = EtatAffectation.Active;
    public DateTime? ConflitDeclareLe { get; private set; }
    public string? MotifConflit { get; private set; }
    public DateTime? RetireeLe { get; private set; }
    public DateTime? RelanceEnvoyeeLe { get; private set; }

    public bool EstActive => Etat == EtatAffectation.Active;

    public static Affectation Creer(string objet, Guid objetId, Guid grilleId, Guid evaluateurId, Guid? parId,
        DateTime maintenant, int? delaiJours)
    {
        if (string.IsNullOrWhiteSpace(objet))
            throw new DomainException("L'objet évalué est inconnu.");
        if (delaiJours is < 1 or > 365)
            throw new DomainException("Le délai d'évaluation doit être compris entre 1 et 365 jours.");
        return new Affectation
        {
            Objet = objet,
            ObjetId = objetId,
            GrilleId = grilleId,
            EvaluateurId = evaluateurId,
            AffecteParId = parId,
            AffecteLe = maintenant,
            DateLimite = delaiJours is { } j ? maintenant.AddDays(j) : null,
        };
    }

    /// <summary>The evaluator steps aside. Refused once their review is submitted: by then it has counted.</summary>
    public void DeclarerConflit(string motif, bool evaluationSoumise, DateTime maintenant)
    {
        if (Etat != EtatAffectation.Active)
            throw new DomainException("Cette affectation n'est plus active.");
        if (evaluationSoumise)
            throw new DomainException("Votre évaluation est déjà soumise : signalez le conflit d'intérêts à l'équipe du programme.");
        if (string.IsNullOrWhiteSpace(motif))
            throw new DomainException("Précisez la nature du conflit d'intérêts.");
        if (motif.Length > LongueurMotif)
            throw new DomainException($"Le motif ne peut pas dépasser {LongueurMotif} caractères.");
        Etat = EtatAffectation.Conflit;
        MotifConflit = motif.Trim();
        ConflitDeclareLe = maintenant;
    }

    public void Retirer(bool evaluationSoumise, DateTime maintenant)
    {
        if (Etat != EtatAffectation.Active)
            throw new DomainException("Cette affectation n'est plus active.");
        if (evaluationSoumise)
            throw new DomainException("Une évaluation soumise ne peut plus être retirée.");
        Etat = EtatAffectation.Retiree;
        RetireeLe = maintenant;
    }

    /// <summary>A reminder goes once, <paramref name="joursAvant"/> days before the deadline, to whoever has not
    /// submitted yet.</summary>
    public bool DoitEtreRelancee(DateTime maintenant, int joursAvant, bool evaluationSoumise) =>
        EstActive && !evaluationSoumise && RelanceEnvoyeeLe is null
        && DateLimite is { } limite && maintenant >= limite.AddDays(-joursAvant);

    public void MarquerRelancee(DateTime maintenant) => RelanceEnvoyeeLe = maintenant;
}
