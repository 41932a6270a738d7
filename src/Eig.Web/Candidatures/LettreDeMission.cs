using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Eig.Web.Candidatures;

public sealed record ContenuLettreDeMission(string NomComplet, string Profil, string Defi, string Administration, DateOnly Debut,
    int DureeMois, int SalaireNetMensuel, int PartVariablePourcent, string RegleAppliquee, DateTime EtablieLe, Guid Reference);

/// <summary>The mission letter (PDFsharp, no MigraDoc): who, which administration and défi, from when, for how long,
/// on what pay. Text is laid out line by line with simple word wrapping.</summary>
public static class LettreDeMission
{
    public static byte[] Generer(ContenuLettreDeMission l)
    {
        Infrastructure.Pdf.PdfSetup.Installer();
        using var doc = new PdfDocument();
        doc.Info.Title = $"Lettre de mission — {l.NomComplet}";
        doc.Info.Author = "DINUM — Entrepreneurs d'intérêt général";
        var page = doc.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using var gfx = XGraphics.FromPdfPage(page);
        var titre = new XFont(Infrastructure.Pdf.PdfSetup.Famille, 18, XFontStyleEx.Bold);
        var gras = new XFont(Infrastructure.Pdf.PdfSetup.Famille, 11, XFontStyleEx.Bold);
        var texte = new XFont(Infrastructure.Pdf.PdfSetup.Famille, 11, XFontStyleEx.Regular);
        var marge = 60.0;
        var largeur = page.Width.Point - 2 * marge;
        var y = 60.0;

        gfx.DrawString("RÉPUBLIQUE FRANÇAISE", gras, XBrushes.Black, marge, y); y += 16;
        gfx.DrawString("Direction interministérielle du numérique (DINUM)", texte, XBrushes.Black, marge, y); y += 16;
        gfx.DrawString("Programme Entrepreneurs d'intérêt général", texte, new XSolidBrush(XColor.FromArgb(0, 0, 145)), marge, y); y += 40;
        gfx.DrawString("Lettre de mission", titre, XBrushes.Black, marge, y); y += 30;

        void Paragraphe(string s, XFont f)
        {
            foreach (var ligne in Couper(gfx, s, f, largeur))
            {
                gfx.DrawString(ligne, f, XBrushes.Black, marge, y);
                y += f.Size * 1.45;
            }
            y += 8;
        }

        Paragraphe($"Établie le {Fr.Date(l.EtablieLe)} — référence {l.Reference.ToString()[..8]}", texte);
        Paragraphe($"{l.NomComplet} est recruté·e par la DINUM en contrat de projet, au profil « {l.Profil} », et mis·e à disposition de l'administration lauréate suivante pour y relever son défi :", texte);
        Paragraphe($"Administration : {l.Administration}", gras);
        Paragraphe($"Défi : {l.Defi}", gras);
        Paragraphe($"Début de la mission : {Fr.Date(l.Debut)}. Durée du contrat de projet : {l.DureeMois} mois, renouvelable.", texte);
        Paragraphe($"Rémunération : {Fr.Euros(l.SalaireNetMensuel)} net par mois et une part variable de {l.PartVariablePourcent} %. Règle appliquée : {l.RegleAppliquee}", texte);
        Paragraphe("La mission se déroule au sein de l'équipe du défi, avec l'appui du programme : séminaires collectifs, accompagnement de l'équipe et partage entre pairs, pendant les trois phases de la promotion (concevoir, consolider, amplifier).", texte);
        Paragraphe("Pour la DINUM, l'équipe du programme Entrepreneurs d'intérêt général.", texte);

        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }

    private static IEnumerable<string> Couper(XGraphics gfx, string texte, XFont font, double largeur)
    {
        var ligne = "";
        foreach (var mot in texte.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var essai = ligne.Length == 0 ? mot : ligne + " " + mot;
            if (ligne.Length > 0 && gfx.MeasureString(essai, font).Width > largeur)
            {
                yield return ligne;
                ligne = mot;
            }
            else ligne = essai;
        }
        if (ligne.Length > 0) yield return ligne;
    }
}

