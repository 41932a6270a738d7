using System.IO.Compression;
using Eig.Web.AppelsAProjets;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Extractions;

/// <summary>A file an export makes: <c>xlsx</c> (every sheet), <c>csv-N</c> (sheet N alone) or <c>zip</c> (the
/// dossiers' attachments).</summary>
public sealed record FichierExport(string Chemin, string NomFichier, string TypeMime);

/// <summary>Writes an export to a temporary file, row by row (never the whole table in memory), for a download or for
/// the background job.</summary>
public static class Exporteur
{
    /// <summary>Above this many rows, an export is prepared in the background and mailed when ready.</summary>
    public const int LignesMaxImmediat = 1_000;
    public const string Pieces = "zip";

    public static bool FormatValide(JeuDeDonnees jeu, string format, EigDbContext db) =>
        format == "xlsx" || (format == Pieces && jeu == JeuxDeDonnees.Dossiers)
        || (format.StartsWith("csv-", StringComparison.Ordinal) && int.TryParse(format[4..], out var i) && i >= 0 && i < jeu.Feuilles(db).Count);

    public static async Task<FichierExport> EcrireAsync(JeuDeDonnees jeu, string format, EigDbContext db, CancellationToken ct)
    {
        var chemin = Path.Combine(Path.GetTempPath(), $"eig-export-{Guid.NewGuid():N}.tmp");
        try
        {
            // Write-only: the XLSX package and the zip then stream their entries instead of keeping them in memory.
            await using (var sortie = new FileStream(chemin, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                if (format == "xlsx")
                    await Tableur.XlsxAsync(jeu.Feuilles(db), sortie, ct);
                else if (format == Pieces)
                    await PiecesJointesAsync(db, sortie, ct);
                else
                    await Tableur.CsvAsync(jeu.Feuilles(db)[int.Parse(format[4..], Fr.Culture)], sortie, ct);
            }
            return new FichierExport(chemin, NomFichier(jeu, format, db), TypeMime(format));
        }
        catch
        {
            File.Delete(chemin);
            throw;
        }
    }

    public static string NomFichier(JeuDeDonnees jeu, string format, EigDbContext db) => format switch
    {
        "xlsx" => $"{jeu.Cle}.xlsx",
        Pieces => "pieces-jointes-dossiers.zip",
        _ => $"{jeu.Cle}-{Slug.De(jeu.Feuilles(db)[int.Parse(format[4..], Fr.Culture)].Nom)}.csv",
    };

    public static string TypeMime(string format) => format switch
    {
        "xlsx" => Tableur.TypeXlsx,
        Pieces => "application/zip",
        _ => Tableur.TypeCsv,
    };

    /// <summary>Every attachment of every filed dossier, in a folder named by the dossier's number: AAP-0042/budget.pdf.</summary>
    public static async Task PiecesJointesAsync(EigDbContext db, Stream sortie, CancellationToken ct)
    {
        using var zip = new ZipArchive(sortie, ZipArchiveMode.Create, leaveOpen: true);
        var ids = await (from f in db.FichiersAap.AsNoTracking()
                         join d in db.DossiersProjets on f.DossierId equals d.Id
                         where d.Etat != EtatDossier.Brouillon
                         orderby d.Numero, f.DeposeLe
                         select new { f.Id, d.Numero, f.NomFichier }).ToListAsync(ct);
        var pris = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in ids)
        {
            var nom = NomSur(f.NomFichier);
            var chemin = $"AAP-{f.Numero:0000}/{nom}";
            for (var i = 2; !pris.Add(chemin); i++)
                chemin = $"AAP-{f.Numero:0000}/{Path.GetFileNameWithoutExtension(nom)} ({i}){Path.GetExtension(nom)}";
            // One attachment in memory at a time.
            var contenu = await db.FichiersAap.AsNoTracking().Where(x => x.Id == f.Id).Select(x => x.Contenu).SingleAsync(ct);
            var entree = zip.CreateEntry(chemin, CompressionLevel.Fastest);
            await using var s = entree.Open();
            await s.WriteAsync(contenu, ct);
        }
    }

    /// <summary>A file name as the porteur gave it, without any folder part (no "../" in the archive).</summary>
    private static string NomSur(string nom)
    {
        var n = Path.GetFileName(nom.Replace('\\', '/'));
        n = new string(n.Where(c => !char.IsControl(c) && c is not (':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray()).Trim();
        return n.Length == 0 || n is "." or ".." ? "piece.pdf" : n;
    }
}

public enum EtatExport { EnAttente, Pret, Echec }

/// <summary>An export asked for in the background: kept until downloaded or for a week.</summary>
public sealed class ExportPrepare
{
    public const int JoursConservation = 7;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Jeu { get; set; } = "";
    public string Format { get; set; } = "";
    public Guid DemandeParId { get; set; }
    public DateTime DemandeLe { get; set; }
    public EtatExport Etat { get; set; } = EtatExport.EnAttente;
    public DateTime? PretLe { get; set; }
    public string NomFichier { get; set; } = "";
    public string TypeMime { get; set; } = "";
    public byte[]? Contenu { get; set; }
    public long Taille { get; set; }
    public string? Erreur { get; set; }
}

public sealed class ExportPrepareConfiguration : IEntityTypeConfiguration<ExportPrepare>
{
    public void Configure(EntityTypeBuilder<ExportPrepare> b)
    {
        b.ToTable("ExportsPrepares");
        b.Property(e => e.Jeu).HasMaxLength(40);
        b.Property(e => e.Format).HasMaxLength(20);
        b.Property(e => e.NomFichier).HasMaxLength(200);
        b.Property(e => e.TypeMime).HasMaxLength(100);
        b.Property(e => e.Erreur).HasMaxLength(2000);
        b.HasIndex(e => new { e.Etat, e.DemandeLe });
        b.HasIndex(e => e.DemandeParId);
    }
}
