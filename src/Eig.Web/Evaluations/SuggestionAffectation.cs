namespace Eig.Web.Evaluations;

/// <summary>An evaluator and how many active, unsubmitted reviews they carry right now.</summary>
public sealed record ChargeEvaluateur(Guid EvaluateurId, string Nom, int Charge);

public static class SuggestionAffectation
{
    /// <summary>Suggests the least-loaded evaluators, skipping those already assigned to the item or who declared a
    /// conflict on it. Ties are broken by name, then id, so that the suggestion is stable from one view to the next.</summary>
    public static IReadOnlyList<ChargeEvaluateur> MoinsCharges(IEnumerable<ChargeEvaluateur> evaluateurs,
        IReadOnlySet<Guid> exclus, int nombre)
    {
        if (nombre <= 0)
            return [];
        return evaluateurs
            .Where(e => !exclus.Contains(e.EvaluateurId))
            .OrderBy(e => e.Charge)
            .ThenBy(e => e.Nom, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(e => e.EvaluateurId)
            .Take(nombre)
            .ToList();
    }

    /// <summary>How many more evaluators an item needs to reach the minimum set on its call.</summary>
    public static int Manquants(int actives, int minimum) => Math.Max(0, minimum - actives);
}
