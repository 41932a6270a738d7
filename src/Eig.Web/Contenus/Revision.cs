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

    /// <summary>The type from the first bytes, whatever the name says; null when not an accepted type.</summary>
    public static string? TypeReconnu(ReadOnlySpan<byte> debut)
    {
        if (debut.StartsWith("%PDF-"u8)) return "application/pdf";
        if (debut.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        if (debut.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return "image/jpeg";
        if (debut.StartsWith("GIF87a"u8) || debut.StartsWith("GIF89a"u8)) return "image/gif";
        if (debut.Length >= 12 && debut[..4].SequenceEqual("RIFF"u8) && debut[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }
}
