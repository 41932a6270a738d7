using Microsoft.Extensions.Options;

namespace Eig.Web.Infrastructure.Conservation;

/// <summary>
/// How long one kind of personal data is kept, declared by the feature that holds it: the personal-data page shows
/// every rule with its period as configured, and the <c>conservation</c> job applies those that have an
/// <paramref name="Effacer"/>. <paramref name="DureeParDefautMois"/> is overridden by <c>Conservation:Mois:&lt;Nom&gt;</c>.
/// </summary>
/// <param name="Effacer">Erases what is older than the limit it is given (UTC) and returns how many records went;
/// null when the rule is applied elsewhere (the candidatures' purge has its own job, with a notice first).</param>
/// <param name="MoisConfigures">Where a feature already has its own setting for the period (the candidatures').</param>
public sealed record RegleConservation(string Nom, int Ordre, string Personnes, string Donnees, string Finalite,
    int DureeParDefautMois, Func<int, string> Duree,
    Func<IServiceProvider, DateTime, CancellationToken, Task<int>>? Effacer = null,
    Func<IServiceProvider, int>? MoisConfigures = null, string? Tache = null)
{
    /// <summary>The scheduled job that applies the rule, if any: the page says whether erasure is automatic.</summary>
    public string? TacheQuiApplique => Tache ?? (Effacer is null ? null : "conservation");
}

public sealed class ConservationOptions
{
    /// <summary>Per rule name, the period in months (e.g. <c>Conservation__Mois__audit=60</c>).</summary>
    public Dictionary<string, int> Mois { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Every rule the feature modules declare, in the order of the personal-data page.</summary>
public sealed class ReglesConservation(IOptions<ConservationOptions> options, IServiceProvider services)
{
    public static IReadOnlyList<RegleConservation> Toutes { get; } =
        FeatureModules.All.SelectMany(m => m.Conservation).OrderBy(r => r.Ordre).ThenBy(r => r.Nom, StringComparer.Ordinal).ToList();

    public int DureeMois(RegleConservation regle) =>
        regle.MoisConfigures?.Invoke(services)
        ?? (options.Value.Mois.TryGetValue(regle.Nom, out var m) && m > 0 ? m : regle.DureeParDefautMois);

    public string DureeAffichee(RegleConservation regle) => regle.Duree(DureeMois(regle));

    /// <summary>Applies every rule that erases by itself; returns a line for the staff page.</summary>
    public async Task<string> AppliquerAsync(DateTime maintenant, CancellationToken ct)
    {
        var lignes = new List<string>();
        foreach (var regle in Toutes.Where(r => r.Effacer is not null))
        {
            var limite = maintenant.AddMonths(-DureeMois(regle));
            var n = await regle.Effacer!(services, limite, ct);
            lignes.Add($"{regle.Nom} : {Fr.Entier(n)}");
        }
        return lignes.Count == 0 ? "aucune règle" : "effacés — " + string.Join(", ", lignes);
    }

    /// <summary>"12 mois", "2 ans", "1 an et 6 mois".</summary>
    public static string Mois(int mois) => (mois / 12, mois % 12) switch
    {
        (0, var m) => Fr.Nombre(m, "mois", "mois"),
        (var a, 0) => Fr.Nombre(a, "an", "ans"),
        (var a, var m) => $"{Fr.Nombre(a, "an", "ans")} et {Fr.Nombre(m, "mois", "mois")}",
    };
}
