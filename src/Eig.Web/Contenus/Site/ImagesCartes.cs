using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus.Site;

/// <summary>The image of a card: its address (the photo's card variant when it has one) and pixel size (so that the
/// page does not move as images arrive).</summary>
public sealed record ImageCarte(string Url, int? Largeur, int? Hauteur);

/// <summary>The card images of one page of a directory, read in one query from the media library.</summary>
public static class ImagesCartes
{
    public static async Task<IReadOnlyDictionary<string, ImageCarte>> ChargerAsync(EigDbContext db, IEnumerable<string?> images, CancellationToken ct)
    {
        var urls = images.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct()
            .Select(i => (Image: i!, Url: FrontMatterView.Image(i))).Where(i => i.Url.Length > 0).ToList();
        var noms = urls.Select(u => NomMedia(u.Url)).OfType<string>().Distinct().ToList();
        var medias = noms.Count == 0 ? [] : await db.Medias.AsNoTracking().Where(m => noms.Contains(m.Nom))
            .Select(m => new { m.Nom, m.Largeur, m.Hauteur, AVignette = m.Vignette != null, m.VignetteLargeur, m.VignetteHauteur })
            .ToDictionaryAsync(m => m.Nom, ct);
        var resultat = new Dictionary<string, ImageCarte>();
        foreach (var (image, url) in urls)
            resultat[image] = NomMedia(url) is { } nom && medias.TryGetValue(nom, out var m)
                ? m.AVignette ? new ImageCarte(url + "?variante=carte", m.VignetteLargeur, m.VignetteHauteur) : new ImageCarte(url, m.Largeur, m.Hauteur)
                : new ImageCarte(url, null, null);
        return resultat;
    }

    /// <summary>"/img/defis/photo.jpg" → "defis/photo.jpg", the media's name; null for any other address.</summary>
    private static string? NomMedia(string url) =>
        url.StartsWith("/img/", StringComparison.OrdinalIgnoreCase) && !url.Contains('?') ? Uri.UnescapeDataString(url[5..]).ToLowerInvariant() : null;
}
