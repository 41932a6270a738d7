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
        // Plain loops: a call's ranking computes this for each of its thousands of dossiers.
        var tri = new double[valeurs.Count];
        var n = 0;
        foreach (var v in valeurs) tri[n++] = v;
        Array.Sort(tri);
        double somme = 0;
        foreach (var v in tri) somme += v;
        var moyenne = somme / tri.Length;
        var milieu = tri.Length / 2;
        var mediane = tri.Length % 2 == 1 ? tri[milieu] : (tri[milieu - 1] + tri[milieu]) / 2;
        // Population deviation: the reviewers of a dossier are all its reviewers, not a sample of them.
        double carres = 0;
        foreach (var v in tri) carres += (v - moyenne) * (v - moyenne);
        return new Statistiques(tri.Length, moyenne, mediane, Math.Sqrt(carres / tri.Length), tri[0], tri[^1]);
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

    /// <summary>The overall statistics, disagreement and recommendations from each review's overall score, with the
    /// per-criterion statistics when given.</summary>
    private static ResultatEvaluations Resumer(Grille grille, IReadOnlyCollection<(double? Globale, Recommandation? Recommandation)> evaluations,
        IReadOnlyList<StatistiquesCritere>? parCritere = null)
    {
        var notes = new List<double>(evaluations.Count);
        var recommandations = new Dictionary<Recommandation, int>();
        foreach (var (note, recommandation) in evaluations)
        {
            if (note is { } n) notes.Add(n);
            if (recommandation is { } r) recommandations[r] = recommandations.GetValueOrDefault(r) + 1;
        }
        var globale = Statistiques.De(notes);
        // Two ways reviewers disagree: their scores are far apart, or one recommends what another rejects.
        var aDiscuter = (globale is { Nombre: >= 2 } g && g.EcartType > grille.SeuilDesaccord)
            || (recommandations.ContainsKey(Recommandation.Favorable) && recommandations.ContainsKey(Recommandation.Defavorable));
        return new ResultatEvaluations(evaluations.Count, parCritere ?? [], globale, aDiscuter, recommandations);
    }
}
