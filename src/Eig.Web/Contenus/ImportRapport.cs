namespace Eig.Web.Contenus;

public enum IssueFichier
{
    Importe = 0,
    Refuse = 1,
    Ignore = 2,
}

/// <summary>What happened to one file of the imported folder, and why when it was not imported.</summary>
public sealed record FichierRapport(string Fichier, IssueFichier Issue, string? Collection, string? Raison);

/// <summary>The import's account of a folder: every file appears once in <see cref="Fichiers"/> (imported,
/// refused with its reason, or ignored with its reason); <see cref="Relations"/> lists each relation value (a
/// theme, a promotion, a défi of a person…) that matched nothing, with its file.</summary>
public sealed record ImportRapport(
    int Importes,
    IReadOnlyList<ContentFormatException> Erreurs,
    IReadOnlyList<string> ChampsInconnus,
    IReadOnlyList<string> Remarques)
{
    public IReadOnlyList<FichierRapport> Fichiers { get; init; } = [];
    public IReadOnlyList<string> Relations { get; init; } = [];
    public int Redirections { get; init; }
    public ImagesRapport? Images { get; init; }

    public int Refuses => Fichiers.Count(f => f.Issue == IssueFichier.Refuse);
    public int Ignores => Fichiers.Count(f => f.Issue == IssueFichier.Ignore);

    /// <summary>The summary as the command line and the back office print it.</summary>
    public IEnumerable<string> Lignes()
    {
        yield return $"{Fr.Nombre(Fichiers.Count, "fichier lu", "fichiers lus")} : {Fr.Nombre(Importes, "importé", "importés")}, {Fr.Nombre(Refuses, "refusé", "refusés")}, {Fr.Nombre(Ignores, "ignoré", "ignorés")}.";
        foreach (var g in Fichiers.Where(f => f.Issue == IssueFichier.Importe).GroupBy(f => f.Collection ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
            yield return $"  {(g.Key.Length == 0 ? "articles en texte brut" : g.Key)} : {g.Count()}";
        if (Redirections > 0) yield return $"{Fr.Nombre(Redirections, "ancienne adresse redirigée", "anciennes adresses redirigées")}.";
        if (Images is { } i)
        {
            yield return $"Images : {Fr.Nombre(i.Importees, "importée", "importées")}, {Fr.Nombre(i.Refusees.Count, "refusée", "refusées")}, {Fr.Nombre(i.Ignorees.Count, "ignorée", "ignorées")}.";
            foreach (var r in i.Refusees) yield return "  refusée : " + r;
            foreach (var r in i.Ignorees) yield return "  ignorée : " + r;
        }
        var refuses = Fichiers.Where(f => f.Issue == IssueFichier.Refuse).ToList();
        if (refuses.Count > 0) yield return "Refusés :";
        foreach (var f in refuses) yield return "  " + f.Raison;
        var ignores = Fichiers.Where(f => f.Issue == IssueFichier.Ignore).ToList();
        if (ignores.Count > 0) yield return "Ignorés :";
        foreach (var f in ignores) yield return $"  {f.Fichier} : {f.Raison}";
        if (Relations.Count > 0) yield return $"Relations sans correspondance ({Relations.Count}) :";
        foreach (var r in Relations) yield return "  " + r;
        if (Remarques.Count > 0) yield return "Remarques :";
        foreach (var r in Remarques) yield return "  " + r;
        if (ChampsInconnus.Count > 0) yield return $"Champs conservés mais non affichés par le site ({ChampsInconnus.Count}) :";
        foreach (var c in ChampsInconnus) yield return "  " + c;
    }
}

/// <summary>What an images folder or zip gave: each refused or ignored file with its reason.</summary>
public sealed record ImagesRapport(int Importees, IReadOnlyList<string> Refusees, IReadOnlyList<string> Ignorees);
