namespace Eig.Web.Contenus;

/// <summary>One saved state of a content record, in the program's file format (front matter + body): readable,
/// comparable line by line, and restorable through the same reader as the import.</summary>
public class Revision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>"page" or "article".</summary>
    public string Collection { get; set; } = "";
    public Guid ObjetId { get; set; }
    public string Contenu { get; set; } = "";
    public string Motif { get; set; } = "";
    public string Auteur { get; set; } = "";
    public DateTime CreeLe { get; set; }
}

/// <summary>A file of the media library (images and PDFs), checked by content on upload.</summary>
public class Media
{
    public const int TailleMax = 5 * 1024 * 1024;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The name pages refer to: "img/&lt;Nom&gt;" in the program's files is served from here.</summary>
    public string Nom { get; set; } = "";
    public string TypeMime { get; set; } = "";
    public byte[] Donnees { get; set; } = [];
    public int Taille { get; set; }
    public string? TexteAlternatif { get; set; }
    public DateTime AjouteLe { get; set; }
    /// <summary>Pixel size of a raster image (null for SVG and PDF): the width and height of its img tags.</summary>
    public int? Largeur { get; set; }
    public int? Hauteur { get; set; }
    /// <summary>The card variant of a photo (<see cref="VignettesImages"/>), served at /img/&lt;Nom&gt;?variante=carte.</summary>
    public byte[]? Vignette { get; set; }
    public int? VignetteLargeur { get; set; }
    public int? VignetteHauteur { get; set; }

    /// <summary>The one way a file's content is set (upload, import): type, bytes, size and the card variant.</summary>
    public void Remplacer(string type, byte[] contenu) => Remplacer(type, contenu, VignettesImages.Calculer(contenu, type));

    /// <summary>With its size and card variant computed already (the import makes them for many images at once).</summary>
    public void Remplacer(string type, byte[] contenu, VignettesImages.Resultat v)
    {
        TypeMime = type;
        Donnees = contenu;
        Taille = contenu.Length;
        (Largeur, Hauteur, Vignette, VignetteLargeur, VignetteHauteur) = (v.Largeur, v.Hauteur, v.Vignette, v.VignetteLargeur, v.VignetteHauteur);
    }
}
