using System.Globalization;

namespace Eig.Web.Candidatures;

/// <summary>An open post as the matching sees it.</summary>
public sealed record BesoinPoste(Guid PosteId, Guid DefiId, string ProfilCode, int Nombre, IReadOnlyCollection<string> Expertises, DateOnly? DebutSouhaite);

/// <summary>A person of the vivier as the matching sees it. <see cref="NoteExperts"/> and <see cref="NoteEntretien"/>:
/// the mean overall score of the submitted reviews of the dossier and of the first interview, out of 20 (null: none
/// submitted yet); <see cref="AnneesExperience"/> as the candidate declared it.</summary>
public sealed record ProfilVivier(Guid CandidatureId, string ProfilCode, IReadOnlyCollection<string> Competences, DateOnly? Disponibilite,
    double? NoteExperts = null, double? NoteEntretien = null, int? AnneesExperience = null);

public sealed record Suggestion(Guid PosteId, Guid CandidatureId, int Score, IReadOnlyList<string> Raisons)
{
    public string Explication => string.Join(" ; ", Raisons) + $" — total {Score} points.";
}

/// <summary>
/// Ranks the vivier for each open post, so that staff pick three people per post with reasons they can check.
/// Only people of the post's profile are suggested (a product director is not proposed for a technical post): +50.
/// Then what the selection found, each out of 20 and worth 1.5 point per point (at most +30 each): the experts' review
/// of the dossier and the first interview (the mean of the submitted reviews; none yet: +0, said so); the years of
/// experience (+1 a year, at most +10); availability by the wished start (+20, minus 2 per week of delay, never below
/// 0); every expertise of the défi found in the person's skills or domains (+10 each, at most +30). The reviews weigh
/// most because they are the programme's own judgement; skills least, being self-declared. Ties go to the earliest
/// available, then to the candidature filed first (the ids are time-ordered), so that the ranking is stable.
/// </summary>
public static class Appariement
{
    public const int PointsProfil = 50;
    public const int PointsDisponibilite = 20;
    public const int PointsParExpertise = 10;
    public const int PlafondExpertises = 30;
    /// <summary>Points per point out of 20 of the experts' and the interview's mean score (20/20 → +30).</summary>
    public const double PointsParPointSur20 = 1.5;
    public const int PointsParAnnee = 1;
    public const int PlafondExperience = 10;

    /// <summary>The ranking's rule in words, for the page that shows the suggestions.</summary>
    public static string Regle =>
        $"profil du poste ({PointsProfil} points), examen du dossier par les expert·es et premier entretien (moyenne des évaluations soumises sur 20, "
        + $"{Court(PointsParPointSur20)} point par point, {Fr.Entier((int)(20 * PointsParPointSur20))} au plus chacun), expérience ({PointsParAnnee} point par année, "
        + $"{PlafondExperience} au plus), disponibilité avant le début souhaité ({PointsDisponibilite} points, moins 2 par semaine de retard), "
        + $"expertises du défi présentes dans les compétences ou domaines ({PointsParExpertise} points chacune, {PlafondExpertises} au plus)";

    public static IReadOnlyList<Suggestion> Suggerer(BesoinPoste poste, IEnumerable<ProfilVivier> vivier, ISet<Guid>? exclus = null, int? combien = null)
    {
        var expertises = poste.Expertises.Select(Normaliser).Where(e => e.Length > 0).ToHashSet();
        var n = combien ?? Proposition.ParPoste * Math.Max(1, poste.Nombre);
        return vivier
            .Where(v => string.Equals(v.ProfilCode, poste.ProfilCode, StringComparison.OrdinalIgnoreCase))
            .Where(v => exclus is null || !exclus.Contains(v.CandidatureId))
            .Select(v => Noter(poste, expertises, v))
            .OrderByDescending(s => s.Suggestion.Score)
            .ThenBy(s => s.Disponibilite ?? DateOnly.MaxValue)
            .ThenBy(s => s.Suggestion.CandidatureId)
            .Take(n)
            .Select(s => s.Suggestion)
            .ToList();
    }

    /// <summary>Suggestions for every post of a promotion at once; the vivier is indexed by profile once. A person is
    /// suggested for one post only: the one where they rank highest (pairs taken by score, best first, while the post
    /// has room), and not at all while proposed for another post (<paramref name="proposeesAilleurs"/>: candidature →
    /// the posts it is proposed for), unless staff ask for <paramref name="aussiDejaSuggerees"/>: then each post gets
    /// its own best, whoever else wants them. <paramref name="combien"/>: how many per post (by default three per place).</summary>
    public static IReadOnlyDictionary<Guid, IReadOnlyList<Suggestion>> SuggererTout(IEnumerable<BesoinPoste> postes, IReadOnlyCollection<ProfilVivier> vivier,
        IReadOnlyDictionary<Guid, HashSet<Guid>>? exclusParPoste = null, IReadOnlyDictionary<Guid, HashSet<Guid>>? proposeesAilleurs = null,
        bool aussiDejaSuggerees = false, Func<BesoinPoste, int>? combien = null)
    {
        var parProfil = vivier.ToLookup(v => v.ProfilCode.ToLowerInvariant());
        var liste = postes.ToList();
        int Combien(BesoinPoste p) => combien?.Invoke(p) ?? Proposition.ParPoste * Math.Max(1, p.Nombre);
        if (aussiDejaSuggerees)
            return liste.ToDictionary(p => p.PosteId, p => Suggerer(p, parProfil[p.ProfilCode.ToLowerInvariant()],
                exclusParPoste?.GetValueOrDefault(p.PosteId), Combien(p)));

        var paires = liste.SelectMany((p, rang) =>
            {
                var expertises = p.Expertises.Select(Normaliser).Where(e => e.Length > 0).ToHashSet();
                var exclus = exclusParPoste?.GetValueOrDefault(p.PosteId);
                return parProfil[p.ProfilCode.ToLowerInvariant()]
                    .Where(v => exclus is null || !exclus.Contains(v.CandidatureId))
                    .Where(v => proposeesAilleurs?.GetValueOrDefault(v.CandidatureId) is not { } ailleurs || ailleurs.All(x => x == p.PosteId))
                    .Select(v => (Rang: rang, Note: Noter(p, expertises, v)));
            })
            .OrderByDescending(x => x.Note.Suggestion.Score).ThenBy(x => x.Note.Disponibilite ?? DateOnly.MaxValue)
            .ThenBy(x => x.Note.Suggestion.CandidatureId).ThenBy(x => x.Rang);
        var pris = new HashSet<Guid>();
        var resultat = liste.ToDictionary(p => p.PosteId, _ => new List<Suggestion>());
        var places = liste.ToDictionary(p => p.PosteId, Combien);
        foreach (var (_, (suggestion, _)) in paires)
        {
            var retenues = resultat[suggestion.PosteId];
            if (retenues.Count >= places[suggestion.PosteId] || !pris.Add(suggestion.CandidatureId)) continue;
            retenues.Add(suggestion);
        }
        return resultat.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Suggestion>)kv.Value);
    }

    private static (Suggestion Suggestion, DateOnly? Disponibilite) Noter(BesoinPoste poste, HashSet<string> expertises, ProfilVivier v)
    {
        var raisons = new List<string> { $"profil recherché (+{PointsProfil})" };
        var score = PointsProfil;
        foreach (var (libelle, note) in new[] { ("examen du dossier", v.NoteExperts), ("entretien", v.NoteEntretien) })
        {
            if (note is not { } n) { raisons.Add($"{libelle} pas encore noté (+0)"); continue; }
            var sur20 = Math.Clamp(n, 0, 20);
            var points = (int)Math.Round(sur20 * PointsParPointSur20, MidpointRounding.AwayFromZero);
            score += points;
            raisons.Add($"{libelle} {Court(sur20)}/20 (+{points})");
        }
        if (v.AnneesExperience is { } annees and > 0)
        {
            var points = Math.Min(PlafondExperience, annees * PointsParAnnee);
            score += points;
            raisons.Add($"{Fr.Nombre(annees, "an", "ans")} d'expérience (+{points})");
        }
        else raisons.Add("expérience non renseignée (+0)");
        if (poste.DebutSouhaite is not { } debut)
        {
            score += PointsDisponibilite;
            raisons.Add($"pas de date de début imposée (+{PointsDisponibilite})");
        }
        else if (v.Disponibilite is { } dispo && dispo <= debut)
        {
            score += PointsDisponibilite;
            raisons.Add($"disponible le {Fr.Date(dispo)}, avant le début souhaité (+{PointsDisponibilite})");
        }
        else if (v.Disponibilite is { } tard)
        {
            var semaines = (tard.DayNumber - debut.DayNumber + 6) / 7;
            var points = Math.Max(0, PointsDisponibilite - 2 * semaines);
            score += points;
            raisons.Add($"disponible {Fr.Nombre(semaines, "semaine", "semaines")} après le début souhaité (+{points})");
        }
        else raisons.Add("disponibilité inconnue (+0)");

        var communes = v.Competences.Select(Normaliser).Where(expertises.Contains).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
        var pointsExpertise = Math.Min(PlafondExpertises, communes.Count * PointsParExpertise);
        score += pointsExpertise;
        raisons.Add(communes.Count == 0
            ? "aucune expertise du défi dans ses compétences (+0)"
            : $"{Fr.Nombre(communes.Count, "expertise", "expertises")} du défi : {string.Join(", ", communes)} (+{pointsExpertise})");
        return (new Suggestion(poste.PosteId, v.CandidatureId, score, raisons), v.Disponibilite);
    }

    /// <summary>"Santé , Données" → ["santé", "données"]: the keywords of a free-text list.</summary>
    public static IReadOnlyList<string> MotsCles(string? texte) =>
        (texte ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normaliser).Where(s => s.Length > 0).Distinct().ToList();

    /// <summary>16 → "16", 15.25 → "15,3": a score as people write it.</summary>
    private static string Court(double x) => Math.Round(x, 1, MidpointRounding.AwayFromZero).ToString("0.#", Fr.Culture);

    private static string Normaliser(string s) => s.Trim().ToLowerInvariant();
}
