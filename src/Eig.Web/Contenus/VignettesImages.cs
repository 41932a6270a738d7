using NetVips;

namespace Eig.Web.Contenus;

/// <summary>
/// The card variant of a photo of the media library, cut for the slot a DSFR card gives it: the card shows its image
/// at 16:9, filling the frame and cut around the centre (<c>.fr-card__img img { aspect-ratio: 16/9; object-fit: cover;
/// object-position: 50% 50% }</c>), 376 CSS px wide in a three-column list, about 720 on a phone. The variant is that
/// same centred 16:9 cut, at most 400 px wide (never enlarged), in WebP: a 120 × 120 portrait sends 120 × 68 pixels,
/// the ones a visitor sees, instead of all of them. Made once when the image is imported or uploaded, so that a
/// directory of 130 défis or 430 people does not send full-size photos into 400 px slots. Only raster photos (JPEG,
/// PNG, WebP) get one, and only when it saves a quarter of the file's weight and 2 KB (an image already small, light
/// and 16:9 is sent as it is); SVG and GIF are left as they are.
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

    /// <summary>The variant's size for an image of that size: 16:9, at most 400 px wide, never more than the image.</summary>
    public static (int Largeur, int Hauteur) Cadre(int largeur, int hauteur)
    {
        // The widest 16:9 rectangle inside the image, then shrunk to the card's width when wider.
        var l = Math.Min(largeur, (int)Math.Round(hauteur * 16 / 9.0));
        l = Math.Min(l, LargeurCarte);
        return (l, Math.Max(1, (int)Math.Round(l * 9 / 16.0)));
    }

    /// <summary>The image's size and its card variant. Never throws: an image libvips cannot read (or a machine
    /// without the native library) is kept as it is, without a variant.</summary>
    public static Resultat Calculer(byte[] donnees, string type)
    {
        if (!Photos.Contains(type)) return Rien;
        try
        {
            int largeur, hauteur;
            using (var entete = Image.NewFromBuffer(donnees, access: Enums.Access.Sequential))
                (largeur, hauteur) = (entete.Width, entete.Height);
            var (l, h) = Cadre(largeur, hauteur);
            // Shrink-on-load (JPEG, WebP) to cover the frame, the middle kept, the EXIF orientation applied; metadata
            // (EXIF, GPS) left out. A PNG is often a drawing or a logo: a higher quality keeps its edges clean.
            using var vignette = Image.ThumbnailBuffer(donnees, l, height: h, size: Enums.Size.Down, crop: Enums.Interesting.Centre);
            var octets = vignette.WebpsaveBuffer(q: type == "image/png" ? 85 : 75, keep: Enums.ForeignKeep.None);
            return octets.Length * 4 <= donnees.Length * 3 && donnees.Length - octets.Length >= GainMinimal
                ? new(largeur, hauteur, octets, vignette.Width, vignette.Height)
                : new(largeur, hauteur, null, null, null);
        }
        catch (Exception e) when (e is VipsException or DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            return Rien;
        }
    }
}
