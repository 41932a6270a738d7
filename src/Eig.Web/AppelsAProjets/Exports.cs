using Eig.Web.Extractions;

namespace Eig.Web.AppelsAProjets;

/// <summary>Small tables already in memory (a filtered list, the open data) to CSV and XLSX, through the one writer
/// of the exports (<see cref="Tableur"/>): same separators, same neutralised formulas.</summary>
public static class Exports
{
    private static Feuille Feuille(string nom, IReadOnlyList<string> entetes, IEnumerable<IReadOnlyList<string>> lignes) =>
        new(nom, entetes, lignes.Select(l => (IReadOnlyList<Cellule>)l.Select(v => (Cellule)v).ToList()).ToAsyncEnumerable());

    public static byte[] Csv(IReadOnlyList<string> entetes, IEnumerable<IReadOnlyList<string>> lignes)
    {
        using var ms = new MemoryStream();
        Tableur.CsvAsync(Feuille("Export", entetes, lignes), ms, CancellationToken.None).GetAwaiter().GetResult();
        return ms.ToArray();
    }

    public static byte[] Xlsx(string feuille, IReadOnlyList<string> entetes, IEnumerable<IReadOnlyList<string>> lignes)
    {
        using var ms = new MemoryStream();
        Tableur.XlsxAsync([Feuille(feuille, entetes, lignes)], ms, CancellationToken.None).GetAwaiter().GetResult();
        return ms.ToArray();
    }
}
