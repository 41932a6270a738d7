using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Eig.Web.Contenus;

/// <summary>
/// An SVG is a document that can hold scripts and fetch other files; the défis' images are nearly all SVG. Before
/// one enters the media library it is rewritten keeping only drawing: no script, no event handler, no foreign
/// object, no link or reference outside the file itself (href only to "#id" or an embedded raster image), no
/// external CSS (@import, url() other than "#id"), no DTD. It is then served as image/svg+xml with nosniff.
/// </summary>
public static partial class SvgSanitizer
{
    private static readonly HashSet<string> Interdits = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "audio", "video", "handler", "listener", "animate",
        "set", "animateMotion", "animateTransform", "discard",
    };

    public static bool RessembleASvg(ReadOnlySpan<byte> donnees)
    {
        var debut = Encoding.UTF8.GetString(donnees[..Math.Min(donnees.Length, 2048)]).TrimStart('\uFEFF').TrimStart();
        return (debut.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || debut.StartsWith("<svg", StringComparison.OrdinalIgnoreCase)
                || debut.StartsWith("<!--", StringComparison.Ordinal) || debut.StartsWith("<!DOCTYPE svg", StringComparison.OrdinalIgnoreCase))
               && debut.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The sanitized file, or null with the reason when it is not a readable SVG.</summary>
    public static byte[]? Nettoyer(byte[] donnees, out string? erreur)
    {
        erreur = null;
        XDocument doc;
        try
        {
            using var lecteur = XmlReader.Create(new MemoryStream(donnees), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreProcessingInstructions = true, MaxCharactersInDocument = 20_000_000,
            });
            doc = XDocument.Load(lecteur);
        }
        catch (XmlException ex)
        {
            erreur = $"XML illisible ligne {ex.LineNumber}";
            return null;
        }
        if (doc.Root is not { } racine || racine.Name.LocalName != "svg")
        {
            erreur = "la racine n'est pas <svg>";
            return null;
        }
        foreach (var e in racine.DescendantsAndSelf().ToList())
        {
            if (Interdits.Contains(e.Name.LocalName)) { e.Remove(); continue; }
            foreach (var a in e.Attributes().ToList())
            {
                var nom = a.Name.LocalName;
                var valeur = a.Value.Trim();
                if (nom.StartsWith("on", StringComparison.OrdinalIgnoreCase)) a.Remove();
                else if (nom is "href" or "src" && !ReferenceInterne(valeur)) a.Remove();
                else if (nom == "style" && !StyleSur(valeur)) a.Remove();
                else if (valeur.Contains("url(", StringComparison.OrdinalIgnoreCase) && !StyleSur(valeur)) a.Remove();
            }
            if (e.Name.LocalName == "style" && !StyleSur(e.Value)) e.Remove();
        }
        foreach (var pi in doc.DescendantNodes().OfType<XProcessingInstruction>().ToList()) pi.Remove();
        doc.DocumentType?.Remove();
        var sortie = new MemoryStream();
        using (var w = XmlWriter.Create(sortie, new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false }))
            doc.Save(w);
        return sortie.ToArray();
    }

    private static bool ReferenceInterne(string v) =>
        v.StartsWith('#') || DataImage().IsMatch(v);

    /// <summary>CSS that may stay: no @import, no expression, url() only to "#id" or an embedded raster image.</summary>
    private static bool StyleSur(string css)
    {
        if (css.Contains("@import", StringComparison.OrdinalIgnoreCase) || css.Contains("expression", StringComparison.OrdinalIgnoreCase)
            || css.Contains("javascript:", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (Match m in UrlCss().Matches(css))
            if (!ReferenceInterne(m.Groups[1].Value.Trim().Trim('"', '\''))) return false;
        return true;
    }

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$", RegexOptions.IgnoreCase)]
    private static partial Regex DataImage();

    [GeneratedRegex(@"url\(([^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlCss();
}
