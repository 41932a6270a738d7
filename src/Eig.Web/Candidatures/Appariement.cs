using System.Globalization;

namespace Eig.Web.Candidatures;

/// <summary>An open post as the matching sees it.</summary>
public sealed record BesoinPoste(Guid PosteId, Guid DefiId, string ProfilCode, int Nombre, IReadOnlyCollection<string> Expertises, DateOnly? DebutSouhaite);

/// <summary>A person of the vivier as the matching sees it.</summary>
public sealed record ProfilVivier(Guid CandidatureId, string ProfilCode, IReadOnlyCollection<string> Competences, DateOnly? Disponibilite);

public sealed record Suggestion(Guid PosteId, Guid CandidatureId, int Score, IReadOnlyList<string> Raisons)
{
    public string Explication => string.Join(" ; ", Raisons) + $" — total {Score} points.";
}

/// <summary>
/// Ranks the vivier for each open post, so that staff pick three people per post with reasons they can check.
/// Only people of the post's profile are suggested (a product director is not proposed for a technical post). Then:
/// availability by the wished start (+20 points, minus 2 per week of delay, never below 0), and every expertise of the
/// défi found in the person's skills or domains (+10 each, at most +30). Ties go to the earliest available, then to
/// the candidature filed first (the ids are time-ordered), so that the ranking is stable.
/// </summary>
public static class Appariement
{
    public const int PointsProfil = 50;
    public const int PointsDisponibilite = 20;
    public const int PointsParExpertise = 10;
    public const int PlafondExpertises = 30;

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

    /// <summary>Suggestions for every post of a promotion at once; the vivier is indexed by profile once.</summary>
    public static IReadOnlyDictionary<Guid, IReadOnlyList<Suggestion>> SuggererTout(IEnumerable<BesoinPoste> postes, IReadOnlyCollection<ProfilVivier> vivier,
        IReadOnlyDictionary<Guid, HashSet<Guid>>? exclusParPoste = null)
    {
        var parProfil = vivier.ToLookup(v => v.ProfilCode.ToLowerInvariant());
        return postes.ToDictionary(p => p.PosteId, p => Suggerer(p, parProfil[p.ProfilCode.ToLowerInvariant()],
            exclusParPoste?.GetValueOrDefault(p.PosteId)));
    }

    private static (Suggestion Suggestion, DateOnly? Disponibilite) Noter(BesoinPoste poste, HashSet<string> expertises, ProfilVivier v)
    {
        var raisons = new List<string> { $"profil recherché (+{PointsProfil})" };
        var score = PointsProfil;
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

    private static string Normaliser(string s) => s.Trim().ToLowerInvariant();
}
