using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Eig.Web.Infrastructure.Pdf;

/// <summary>A text-only A4 document written top to bottom (PDFsharp, no MigraDoc): lines, and paragraphs wrapped word by
/// word onto as many pages as they need. The mission letter and the demo's règlements are written with it.</summary>
public sealed class PdfTexte : IDisposable
{
    private const double Marge = 60;
    private readonly PdfDocument _doc;
    private XGraphics _gfx = default!;
    private double _hauteur;
    private double _y;

    public XFont Titre { get; }
    public XFont Gras { get; }
    public XFont Texte { get; }
    public static readonly XBrush Bleu = new XSolidBrush(XColor.FromArgb(0, 0, 145));

    public PdfTexte(string titre)
    {
        PdfSetup.Installer();
        // After the set-up: PDFsharp checks its licence and font resolver when a document or font is made.
        _doc = new PdfDocument();
        Titre = new XFont(PdfSetup.Famille, 18, XFontStyleEx.Bold);
        Gras = new XFont(PdfSetup.Famille, 11, XFontStyleEx.Bold);
        Texte = new XFont(PdfSetup.Famille, 11, XFontStyleEx.Regular);
        _doc.Info.Title = titre;
        _doc.Info.Author = "DINUM — Entrepreneurs d'intérêt général";
        NouvellePage();
    }

    private double Largeur => _doc.Pages[^1].Width.Point - 2 * Marge;

    private void NouvellePage()
    {
        _gfx?.Dispose();
        var page = _doc.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _hauteur = page.Height.Point;
        _gfx = XGraphics.FromPdfPage(page);
        _y = Marge;
    }

    /// <summary>One line as is, then <paramref name="espace"/> points down.</summary>
    public void Ligne(string texte, XFont font, double espace, XBrush? couleur = null)
    {
        if (_y > _hauteur - Marge) NouvellePage();
        _gfx.DrawString(texte, font, couleur ?? XBrushes.Black, Marge, _y);
        _y += espace;
    }

    /// <summary>A paragraph wrapped to the page's width, followed by a small gap.</summary>
    public void Paragraphe(string texte, XFont? font = null)
    {
        var f = font ?? Texte;
        foreach (var ligne in Couper(texte, f)) Ligne(ligne, f, f.Size * 1.45);
        _y += 8;
    }

    public byte[] Octets()
    {
        using var ms = new MemoryStream();
        _doc.Save(ms, false);
        return ms.ToArray();
    }

    public void Dispose()
    {
        _gfx.Dispose();
        _doc.Dispose();
    }

    private IEnumerable<string> Couper(string texte, XFont font)
    {
        var ligne = "";
        foreach (var mot in texte.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var essai = ligne.Length == 0 ? mot : ligne + " " + mot;
            if (ligne.Length > 0 && _gfx.MeasureString(essai, font).Width > Largeur)
            {
                yield return ligne;
                ligne = mot;
            }
            else ligne = essai;
        }
        if (ligne.Length > 0) yield return ligne;
    }
}
