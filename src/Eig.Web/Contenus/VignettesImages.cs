using NetVips;

namespace Eig.Web.Contenus;

/// <summary>
/// The card variant of a photo of the media library: 400 px wide, WebP, made once when the image is imported or
/// uploaded, so that a directory of 130 défis or 430 people does not send full-size photos into 400 px slots.
/// Only raster photos (JPEG, PNG, WebP) get one: wider ones shrunk to 400 px, smaller ones re-encoded at their size
/// when that saves a quarter of their weight and 2 KB; SVG and GIF are left as they are.
/// libvips through NetVips (MIT binding, LGPL library loaded dynamically): one 18 MB native library for linux-x64,
/// which decodes, shrinks on load and encodes WebP in a few milliseconds and little memory.
/// </summary>
public static class VignettesImages
{
    public const int LargeurCarte = 400;
    public const string TypeVignette = "image/webp";
    public const int GainMinimal = 2048;
    private static readonly string[] Photos = ["image/jpeg", "image/png", "image/webp"];

    public sealed record Resultat(int? Largeur, int? Hauteur, byte[]? Vignette, int? VignetteLargeur, int? VignetteHauteur);

    private static readonly Resultat Rien = new(null, null, null, null, null);

    /// <summary>The image's size and its card variant. Never throws: an image libvips cannot read (or a machine
    /// without the native library) is kept as it is, without a variant.</summary>
    public static Resultat Calculer(byte[] donnees, string type)
    {
        if (!Photos.Contains(type)) return Rien;
        try
        {
            using var image = Image.NewFromBuffer(donnees, access: Enums.Access.Sequential);
            var (largeur, hauteur) = (image.Width, image.Height);
            if (largeur <= LargeurCarte)
            {
                // Already card-sized: re-encoded at its own size when WebP saves a quarter and at least 2 KB (an
                // uncompressed or noisy PNG); a small image that is already light is kept as it is.
                var recodee = image.WebpsaveBuffer(q: type == "image/png" ? 85 : 75, keep: Enums.ForeignKeep.None);
                return recodee.Length * 4 <= donnees.Length * 3 && donnees.Length - recodee.Length >= GainMinimal
                    ? new(largeur, hauteur, recodee, largeur, hauteur)
                    : new(largeur, hauteur, null, null, null);
            }
            // Shrink-on-load (JPEG, WebP) and the EXIF orientation applied; metadata (EXIF, GPS) left out.
            using var vignette = Image.ThumbnailBuffer(donnees, LargeurCarte, height: 10 * LargeurCarte, size: Enums.Size.Down);
            var octets = vignette.WebpsaveBuffer(q: 75, keep: Enums.ForeignKeep.None);
            return octets.Length < donnees.Length
                ? new(largeur, hauteur, octets, vignette.Width, vignette.Height)
                : new(largeur, hauteur, null, null, null);
        }
        catch (Exception e) when (e is VipsException or DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            return Rien;
        }
    }
}
