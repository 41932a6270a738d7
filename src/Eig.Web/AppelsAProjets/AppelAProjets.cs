using Eig.Web.Appels;

namespace Eig.Web.AppelsAProjets;

/// <summary>What a call for projects adds to a call: its criteria grid and how reviews run, its règlement, the profiles
/// it offers and its co-financing rule.</summary>
public class AppelAProjets : Appel
{
    public const int LongueurProfilsProposes = 1000;

    public Guid? GrilleId { get; set; }

    /// <summary>At least this many evaluators per dossier before it can be ranked.</summary>
    public int EvaluateursMinimum { get; set; } = 2;

    /// <summary>Days an evaluator has to review (seed 001: two to three weeks).</summary>
    public int DelaiEvaluationJours { get; set; } = 21;

    /// <summary>Reminder sent this many days before the review deadline.</summary>
    public int RelanceJoursAvant { get; set; } = 3;

    public Guid? ReglementFichierId { get; set; }

    /// <summary>Profiles offered, one label per line (e.g. "Directeur ou directrice de produit").</summary>
    public string ProfilsProposes { get; set; } = "";

    /// <summary>Share of the salary the program pays, in percent (seed 000: 30). Null when the call has no co-financing.</summary>
    public int? TauxCofinancement { get; set; }

    /// <summary>Reference net monthly salaries in euros, separated by ';' (seed 000: 3500;4000).</summary>
    public string SalairesReference { get; set; } = "";

    /// <summary>The two profiles the program offers (seed 001), for a call that does not list its own.</summary>
    public static readonly IReadOnlyList<string> ProfilsParDefaut = ["Directeur ou directrice de produit", "Directeur ou directrice technique"];

    public IReadOnlyList<string> Profils =>
        ProfilsProposes.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } p ? p : ProfilsParDefaut;

    public IReadOnlyList<int> Salaires =>
        SalairesReference.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, out var v) ? v : 0).Where(v => v > 0).ToList();

    public bool ACofinancement => TauxCofinancement is > 0 && Salaires.Count > 0;

    public void DefinirEvaluation(int evaluateursMinimum, int delaiJours, int relanceJoursAvant)
    {
        if (evaluateursMinimum is < 1 or > 10)
            throw new DomainException("Le nombre d'évaluateurs par dossier doit être compris entre 1 et 10.");
        if (delaiJours is < 1 or > 120)
            throw new DomainException("Le délai d'évaluation doit être compris entre 1 et 120 jours.");
        if (relanceJoursAvant < 0 || relanceJoursAvant >= delaiJours)
            throw new DomainException("La relance doit partir avant l'échéance de l'évaluation.");
        EvaluateursMinimum = evaluateursMinimum;
        DelaiEvaluationJours = delaiJours;
        RelanceJoursAvant = relanceJoursAvant;
    }
}
