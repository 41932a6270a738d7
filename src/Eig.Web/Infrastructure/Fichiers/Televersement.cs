using System.Globalization;
using System.Text;

namespace Eig.Web.Infrastructure.Fichiers;

/// <summary>What an upload may be.</summary>
public enum SorteDeFichier
{
    Pdf,
    ImageOuPdf,
    /// <summary>A spreadsheet saved as CSV in UTF-8 (with or without BOM), read for an import, never stored.</summary>
    CsvUtf8,
}

/// <summary>A file that passed every check: its bytes, the type recognised from them, and the name the person gave
/// it, kept only as text to show (never as the name of what the platform stores or sends back).</summary>
public sealed record FichierRecu(byte[] Contenu, string TypeMime, string NomOriginal);

/// <summary>
/// The one upload check of the platform (dossier attachments, messages, rules, CVs, the media library): the size, the
/// type recognised from the content (never the name or the declared type), the structure of the file (a PDF that
/// PDFsharp can read, an image that ends where its format says), no active content in a PDF (JavaScript, launch
/// actions, embedded files, XFA forms), then the antivirus when one is configured. A file is stored only after all of
/// this, so nothing is ever served unscanned. Messages are in French, for the field.
/// </summary>
public sealed class Televersement(IAntivirus antivirus)
{
    public const string ErreurAucun = "Choisissez un fichier.";
    public const string ErreurAucunPdf = "Choisissez un fichier PDF.";
    public const string ErreurVide = "Le fichier est vide.";
    public const string ErreurPasPdf = "Le fichier n'est pas un PDF. Enregistrez votre document au format PDF puis joignez-le à nouveau.";
    public const string ErreurPasImageNiPdf = "Ce fichier n'est ni une image (PNG, JPEG, GIF, WebP) ni un PDF, d'après son contenu.";
    public const string ErreurEndommage = "Ce fichier est endommagé ou incomplet : enregistrez-le à nouveau, puis joignez-le.";
    public const string ErreurContenuActif = "Ce PDF contient du contenu actif (JavaScript, lancement d'application ou fichier joint) : il est refusé. Imprimez-le en PDF pour en obtenir une version sans ce contenu.";
    public const string ErreurPasCsv = "Ce fichier n'est pas un tableau CSV en UTF-8. Dans votre tableur, choisissez « Enregistrer sous » puis le format « CSV UTF-8 (délimité par des virgules) », et importez ce fichier.";
    public const string ErreurVirus = "L'antivirus a détecté un virus dans ce fichier : il est refusé.";
    public const string ErreurAntivirusIndisponible = "L'analyse antivirus est indisponible pour le moment : réessayez dans quelques minutes.";

    public static string ErreurTaille(long tailleMax) =>
        $"Le fichier dépasse la taille maximale de {(tailleMax / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.GetCultureInfo("fr-FR"))} Mo.";

    public async Task<(FichierRecu? Fichier, string? Erreur)> LireAsync(IFormFile? fichier, long tailleMax,
        SorteDeFichier sorte = SorteDeFichier.Pdf, CancellationToken ct = default)
    {
        if (fichier is null) return (null, sorte == SorteDeFichier.Pdf ? ErreurAucunPdf : ErreurAucun);
        if (fichier.Length == 0) return (null, ErreurVide);
        if (fichier.Length > tailleMax) return (null, ErreurTaille(tailleMax));
        using var ms = new MemoryStream((int)fichier.Length);
        await fichier.CopyToAsync(ms, ct);
        var contenu = ms.ToArray();

        if (sorte == SorteDeFichier.CsvUtf8)
        {
            if (!EstTexteUtf8(contenu)) return (null, ErreurPasCsv);
            return await antivirus.AnalyserAsync(contenu, ct) switch
            {
                ResultatAnalyse.Sain => (new FichierRecu(contenu, "text/csv", NomAffichable(fichier.FileName)), null),
                ResultatAnalyse.Infecte => (null, ErreurVirus),
                _ => (null, ErreurAntivirusIndisponible),
            };
        }

        var type = TypeReconnu(contenu);
        if (type is null || (sorte == SorteDeFichier.Pdf && type != "application/pdf"))
            return (null, sorte == SorteDeFichier.Pdf ? ErreurPasPdf : ErreurPasImageNiPdf);
        var structure = type == "application/pdf" ? VerificationPdf.Verifier(contenu) : VerificationImage.Complete(contenu, type) ? null : ErreurEndommage;
        if (structure is not null) return (null, structure);

        return await antivirus.AnalyserAsync(contenu, ct) switch
        {
            ResultatAnalyse.Sain => (new FichierRecu(contenu, type, NomAffichable(fichier.FileName)), null),
            ResultatAnalyse.Infecte => (null, ErreurVirus),
            _ => (null, ErreurAntivirusIndisponible),
        };
    }

    /// <summary>Text in UTF-8 (a BOM allowed): every byte sequence valid, no NUL (a spreadsheet's binary format, a
    /// UTF-16 file), and not one of the binary types above. A file saved in Windows-1252 fails here on its first accent.</summary>
    public static bool EstTexteUtf8(byte[] contenu)
    {
        if (TypeReconnu(contenu) is not null || Array.IndexOf(contenu, (byte)0) >= 0) return false;
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(contenu);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The type of a file from its first bytes: PDF, PNG, JPEG, GIF or WebP; null for anything else.</summary>
    public static string? TypeReconnu(ReadOnlySpan<byte> debut)
    {
        if (debut.StartsWith("%PDF-"u8)) return "application/pdf";
        if (debut.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        if (debut.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return "image/jpeg";
        if (debut.StartsWith("GIF87a"u8) || debut.StartsWith("GIF89a"u8)) return "image/gif";
        if (debut.Length >= 12 && debut[..4].SequenceEqual("RIFF"u8) && debut[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }

    /// <summary>The name the person gave, as text to show: no folder, no control or invisible formatting character
    /// (a right-to-left override makes "annexe‮fdp.exe" read as a PDF), at most 200 characters.</summary>
    public static string NomAffichable(string? nom)
    {
        var n = (nom ?? "").Replace('\\', '/');
        n = n[(n.LastIndexOf('/') + 1)..];
        var propre = new StringBuilder(n.Length);
        foreach (var c in n)
        {
            var cat = char.GetUnicodeCategory(c);
            if (char.IsControl(c) || cat is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                    or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned || c is '"')
                continue;
            propre.Append(c);
        }
        var texte = propre.ToString().Trim();
        if (texte.Length == 0) texte = "document";
        return texte.Length > 200 ? texte[..200] : texte;
    }

    /// <summary>The name under which the platform sends a stored file back: its kind and a number it chose, with the
    /// extension of the type recognised at upload. Never the uploader's name.</summary>
    public static string NomDeTelechargement(string sorte, Guid id, string typeMime = "application/pdf") =>
        $"{sorte}-{id.ToString("N")[..12]}{Extension(typeMime)}";

    public static string Extension(string typeMime) => typeMime switch
    {
        "image/png" => ".png", "image/jpeg" => ".jpg", "image/gif" => ".gif", "image/webp" => ".webp", _ => ".pdf",
    };
}
