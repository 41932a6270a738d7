using System.IO.Compression;
using Eig.Web.Infrastructure.Database;

using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus;

/// <summary>
/// Brings a whole images folder of the former site (<c>site/static/img</c>) into the media library in one go, from
/// the command line (with <c>import-content</c>) or as a zip from the back office. Each file keeps its path under
/// <c>img/</c>, so that the pages' <c>img/defis/x.svg</c> keep working. The type comes from the content, never
/// from the name; an SVG is accepted once sanitized (<see cref="SvgSanitizer"/>). Re-importing the same file
/// changes nothing.
/// </summary>
public sealed class MediaImporter(EigDbContext db, IClock clock)
{
    private const int Lot = 50;

    public async Task<ImagesRapport> ImporterDossierAsync(string dossier, CancellationToken ct = default)
    {
        var sources = Directory.EnumerateFiles(dossier, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Nom: Path.GetRelativePath(dossier, f).Replace('\\', '/'), Ouvrir: (Func<Stream>)(() => File.OpenRead(f)), Taille: new FileInfo(f).Length));
        return await ImporterAsync(sources, ct);
    }

    /// <summary>A zip of the images folder: entries under <c>img/</c> or <c>site/static/img/</c> keep their path below it.</summary>
    public async Task<ImagesRapport> ImporterZipAsync(Stream zip, CancellationToken ct = default)
    {
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        var entrees = archive.Entries.Where(e => !e.FullName.EndsWith('/'))
            .Select(e => (Nom: SousImg(e.FullName), Ouvrir: (Func<Stream>)e.Open, Taille: e.Length)).ToList();
        return await ImporterAsync(entrees, ct);
    }

    private static string SousImg(string chemin)
    {
        chemin = chemin.Replace('\\', '/').TrimStart('/');
        foreach (var prefixe in new[] { "site/static/img/", "static/img/", "img/" })
        {
            var i = chemin.IndexOf(prefixe, StringComparison.OrdinalIgnoreCase);
            if (i >= 0) return chemin[(i + prefixe.Length)..];
        }
        return chemin;
    }

    private async Task<ImagesRapport> ImporterAsync(IEnumerable<(string Nom, Func<Stream> Ouvrir, long Taille)> sources, CancellationToken ct)
    {
        var refusees = new List<string>();
        var ignorees = new List<string>();
        var importees = 0;
        var existants = await db.Medias.AsNoTracking().Select(m => new { m.Nom, m.Taille }).ToDictionaryAsync(m => m.Nom, m => m.Taille, ct);
        var lot = new List<(Media Media, string Type, byte[] Contenu)>();
        foreach (var (brut, ouvrir, taille) in sources)
        {
            var nom = brut.ToLowerInvariant();
            var fichier = Path.GetFileName(nom);
            if (fichier.StartsWith('.') || nom.Split('/').Any(p => p.StartsWith('.') || p == "__macosx"))
            {
                ignorees.Add($"{brut} : fichier caché ou de système");
                continue;
            }
            if (nom.Contains("..", StringComparison.Ordinal) || nom.Length > 200)
            {
                refusees.Add($"{brut} : nom refusé (plus de 200 caractères ou « .. »)");
                continue;
            }
            if (taille > Media.TailleMax)
            {
                refusees.Add($"{brut} : {taille / 1024 / 1024} Mo, au-delà de {Media.TailleMax / 1024 / 1024} Mo");
                continue;
            }
            byte[] donnees;
            await using (var s = ouvrir())
            using (var ms = new MemoryStream())
            {
                await s.CopyToAsync(ms, ct);
                donnees = ms.ToArray();
            }
            var (type, contenu, raison) = Verifier(nom, donnees);
            if (type is null)
            {
                (raison!.StartsWith("ignoré", StringComparison.Ordinal) ? ignorees : refusees).Add($"{brut} : {raison}");
                continue;
            }
            var m = existants.ContainsKey(nom) ? await db.Medias.FirstAsync(x => x.Nom == nom, ct) : null;
            if (m is not null && m.Donnees.AsSpan().SequenceEqual(contenu)) { importees++; continue; }
            if (m is null) db.Medias.Add(m = new Media { Nom = nom, AjouteLe = clock.UtcNow });
            lot.Add((m, type, contenu));
            importees++;
            if (lot.Count >= Lot) await EnregistrerAsync(lot, ct);
        }
        await EnregistrerAsync(lot, ct);
        return new ImagesRapport(importees, refusees, ignorees);
    }

    /// <summary>Sizes and card variants of a batch made on every core (libvips decodes and encodes in native code,
    /// one image per thread), then saved at once.</summary>
    private async Task EnregistrerAsync(List<(Media Media, string Type, byte[] Contenu)> lot, CancellationToken ct)
    {
        var resultats = new VignettesImages.Resultat[lot.Count];
        Parallel.For(0, lot.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
            i => resultats[i] = VignettesImages.Calculer(lot[i].Contenu, lot[i].Type));
        for (var i = 0; i < lot.Count; i++) lot[i].Media.Remplacer(lot[i].Type, lot[i].Contenu, resultats[i]);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        lot.Clear();
    }

    /// <summary>The type recognised from the content, and the bytes to keep (an SVG sanitized), or why not.</summary>
    public static (string? Type, byte[] Contenu, string? Raison) Verifier(string nom, byte[] donnees)
    {
        if (Eig.Web.Infrastructure.Fichiers.Televersement.TypeReconnu(donnees) is { } type) return (type, donnees, null);
        if (SvgSanitizer.RessembleASvg(donnees))
        {
            var propre = SvgSanitizer.Nettoyer(donnees, out var erreur);
            return propre is null ? (null, donnees, "SVG illisible (" + erreur + ")") : ("image/svg+xml", propre, null);
        }
        var ext = Path.GetExtension(nom);
        return ext is ".png" or ".jpg" or ".jpeg" or ".gif" or ".webp" or ".svg" or ".pdf"
            ? (null, donnees, $"le contenu n'est pas celui d'un fichier {ext} (type non reconnu)")
            : (null, donnees, $"ignoré : type de fichier non accepté ({(ext.Length == 0 ? "sans extension" : ext)})");
    }
}
