using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Eig.Web.Infrastructure.Fichiers;

/// <summary>A PDF beyond its first five bytes: PDFsharp must read its structure (cross-reference table, objects,
/// object streams), and no object may carry active content. Refused: JavaScript and launch actions, automatic actions
/// (/AA), embedded files, XFA forms, rich media. What the programme exchanges (studies, budgets, CVs) needs none of them.</summary>
public static class VerificationPdf
{
    private static readonly string[] ActionsRefusees = ["/JavaScript", "/Launch", "/ImportData", "/RichMediaExecute", "/SubmitForm"];
    private static readonly string[] ClesRefusees = ["/JS", "/JavaScript", "/AA", "/EmbeddedFile", "/EmbeddedFiles", "/XFA", "/RichMedia"];

    /// <summary>Null when the PDF is sound and inert, else the message for the person.</summary>
    public static string? Verifier(byte[] contenu)
    {
        // Names may be written with #xx escapes (/J#61vaScript): searched once decoded, in what is not compressed.
        if (ContientEnClair(contenu)) return Televersement.ErreurContenuActif;
        PdfDocument document;
        try
        {
            using var flux = new MemoryStream(contenu, writable: false);
            document = PdfReader.Open(flux, PdfDocumentOpenMode.Import);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Televersement.ErreurEndommage;
        }
        using (document)
        {
            if (document.PageCount == 0) return Televersement.ErreurEndommage;
            // Every object, those of compressed object streams included.
            foreach (var objet in document.Internals.GetAllObjects())
            {
                if (objet is not PdfDictionary d) continue;
                if (d.Elements.Keys.Any(k => ClesRefusees.Contains(k, StringComparer.Ordinal))) return Televersement.ErreurContenuActif;
                if (d.Elements.GetName("/S") is { Length: > 0 } s && ActionsRefusees.Contains(s, StringComparer.Ordinal))
                    return Televersement.ErreurContenuActif;
            }
        }
        return null;
    }

    private static readonly byte[][] NomsActifs =
        [.. new[] { "JavaScript", "JS", "Launch", "EmbeddedFiles", "EmbeddedFile", "XFA", "RichMedia" }.Select(Encoding.ASCII.GetBytes)];

    /// <summary>A name of active content written in clear (not inside a compressed stream): a slash, the name, and no
    /// letter after it. Scanned on the bytes, #xx escapes decoded first into a pooled buffer: a CV is checked on every
    /// save of a candidature, and the text and regular-expression version built about four times the file in strings.</summary>
    private static bool ContientEnClair(byte[] contenu)
    {
        if (contenu.AsSpan().IndexOf((byte)'#') < 0) return NomActifEnClair(contenu);
        var tampon = System.Buffers.ArrayPool<byte>.Shared.Rent(contenu.Length);
        try
        {
            var n = 0;
            for (var i = 0; i < contenu.Length; i++)
            {
                if (contenu[i] == '#' && i + 2 < contenu.Length && Hex(contenu[i + 1]) is >= 0 and var fort && Hex(contenu[i + 2]) is >= 0 and var faible)
                {
                    tampon[n++] = (byte)(fort * 16 + faible);
                    i += 2;
                }
                else tampon[n++] = contenu[i];
            }
            return NomActifEnClair(tampon.AsSpan(0, n));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(tampon);
        }
    }

    private static int Hex(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => -1,
    };

    private static bool NomActifEnClair(ReadOnlySpan<byte> octets)
    {
        for (var i = octets.IndexOf((byte)'/'); i >= 0; )
        {
            var suite = octets[(i + 1)..];
            foreach (var nom in NomsActifs)
                if (suite.StartsWith(nom) && (suite.Length == nom.Length || !char.IsAsciiLetter((char)suite[nom.Length]))) return true;
            var prochain = suite.IndexOf((byte)'/');
            i = prochain < 0 ? -1 : i + 1 + prochain;
        }
        return false;
    }
}

/// <summary>An image that ends where its format says it ends (PNG's IEND chunk, JPEG's end marker, GIF's trailer,
/// WebP's RIFF length): a truncated file, or something else behind a valid header, is refused.</summary>
public static class VerificationImage
{
    public static bool Complete(ReadOnlySpan<byte> c, string type) => type switch
    {
        "image/png" => c.Length > 20 && c[^12..].StartsWith(new byte[] { 0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D' }),
        "image/jpeg" => c.Length > 4 && c.TrimEnd((byte)0)[^2..].SequenceEqual(new byte[] { 0xFF, 0xD9 }),
        "image/gif" => c.Length > 13 && c.TrimEnd((byte)0)[^1] == 0x3B,
        "image/webp" => c.Length >= 12 && BitConverter.ToUInt32(c[4..8]) + 8 <= c.Length + 1,
        _ => false,
    };
}
