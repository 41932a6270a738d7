namespace Eig.Web.Evaluations;

/// <summary>A submitted review reduced to what the arithmetic needs.</summary>
public sealed record NotesSoumises(IReadOnlyDictionary<Guid, int> Notes, Recommandation? Recommandation = null);

/// <summary>Mean, median and spread (population standard deviation) of a set of scores.</summary>
public sealed record Statistiques(int Nombre, double Moyenne, double Mediane, double EcartType, double Min, double Max)
{
    public static Statistiques? De(IReadOnlyCollection<double> valeurs)
    {
        if (valeurs.Count == 0)
            return null;
        var tri = valeurs.Order().ToArray();
        var moyenne = tri.Average();
        var milieu = tri.Length / 2;
        var mediane = tri.Length % 2 == 1 ? tri[milieu] : (tri[milieu - 1] + tri[milieu]) / 2;
        // Population deviation: the reviewers of a dossier are all its reviewers, not a sample of them.
        var ecart = Math.Sqrt(tri.Sum(v => (v - moyenne) * (v - moyenne)) / tri.Length);
        return new Statistiques(tri.Length, moyenne, mediane, ecart, tri[0], tri[^1]);
    }
}

public sealed record StatistiquesCritere(Critere Critere, Statistiques? Statistiques);

public sealed record ResultatEvaluations(
    int NombreEvaluations,
    IReadOnlyList<StatistiquesCritere> ParCritere,
    Statistiques? Globale,
    bool ADiscuter,
    IReadOnlyDictionary<Recommandation, int> Recommandations);

public static class Classement
{
    /// <summary>One review's overall score: weighted mean of its criteria, or null if a criterion of the grid is
    /// missing (a partial review would distort the ranking).</summary>
    public static double? NoteGlobale(Grille grille, IReadOnlyDictionary<Guid, int> notes)
    {
        if (grille.Criteres.Count == 0)
            return null;
        double somme = 0, poids = 0;
        foreach (var c in grille.Criteres)
        {
            if (!notes.TryGetValue(c.Id, out var n))
                return null;
            var w = Grille.PoidsEffectif(c);
            somme += w * n;
            poids += w;
        }
        return somme / poids;
    }

    public static ResultatEvaluations Calculer(Grille grille, IReadOnlyCollection<NotesSoumises> evaluations)
    {
        var parCritere = grille.CriteresOrdonnes
            .Select(c => new StatistiquesCritere(c, Statistiques.De(
                evaluations.Where(e => e.Notes.ContainsKey(c.Id)).Select(e => (double)e.Notes[c.Id]).ToList())))
            .ToList();
        return Resumer(grille, evaluations.Select(e => (NoteGlobale(grille, e.Notes), e.Recommandation)).ToList(), parCritere);
    }

    /// <summary>What the ranking orders by (overall statistics, disagreement, recommendations), from each review's
    /// overall score as stored at submission (<see cref="Evaluation.NoteGlobaleSoumise"/>: the grid is locked once
    /// assigned, so it equals <see cref="NoteGlobale"/>); the per-criterion statistics only when given.</summary>
    public static ResultatEvaluations Resumer(Grille grille, IReadOnlyCollection<(double? Globale, Recommandation? Recommandation)> evaluations,
        IReadOnlyList<StatistiquesCritere>? parCritere = null)
    {
        var globale = Statistiques.De(evaluations.Where(e => e.Globale is not null).Select(e => e.Globale!.Value).ToList());
        var recommandations = evaluations
            .Where(e => e.Recommandation is not null)
            .GroupBy(e => e.Recommandation!.Value)
            .ToDictionary(g => g.Key, g => g.Count());
        // Two ways reviewers disagree: their scores are far apart, or one recommends what another rejects.
        var aDiscuter = (globale is { Nombre: >= 2 } g && g.EcartType > grille.SeuilDesaccord)
            || (recommandations.ContainsKey(Recommandation.Favorable) && recommandations.ContainsKey(Recommandation.Defavorable));
        return new ResultatEvaluations(evaluations.Count, parCritere ?? [], globale, aDiscuter, recommandations);
    }

    /// <summary>Best first: overall mean, then median, then the better-reviewed item; items without any complete
    /// review come last.</summary>
    public static IReadOnlyList<T> Ordonner<T>(IEnumerable<T> elements, Func<T, ResultatEvaluations> resultat) =>
        elements
            .OrderBy(e => resultat(e).Globale is null)
            .ThenByDescending(e => resultat(e).Globale?.Moyenne ?? 0)
            .ThenByDescending(e => resultat(e).Globale?.Mediane ?? 0)
            .ThenByDescending(e => resultat(e).NombreEvaluations)
            .ToList();
}
