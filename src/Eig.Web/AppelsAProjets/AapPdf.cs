using Eig.Web.AppelsAProjets;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Eig.Web.AppelsAProjets;

/// <summary>The PDFs of the call for projects: the dossier summary sent with the receipt, the decision letter.
/// Fonts come from PDFsharp's embedded Segoe WP set so that the PDFs do not depend on what the server has installed.</summary>
public sealed class AapPdf
{
    public AapPdf() => Infrastructure.Pdf.PdfSetup.Installer();

    public byte[] Recapitulatif(DossierProjet d, string appel, IReadOnlyList<EstimationCofinancement> cofinancement)
    {
        var doc = new Redaction($"Dossier {d.Reference}");
        doc.Titre($"Dossier {d.Reference} — {d.Titre}");
        doc.Paragraphe($"Appel : {appel}");
        doc.Paragraphe($"Déposé le : {Fr.DateEtHeure(d.DeposeLe)} (heure de Paris)");
        // The dossier's fields, step by step, with the form's own labels (FormulaireDossier).
        foreach (var etape in FormulaireDossier.Etapes)
            foreach (var champ in etape.Champs.Where(c => !c.EstVide(d)))
                doc.Section(champ.Libelle, champ.Genre == GenreChamp.Nombre ? Fr.Entier(long.Parse(champ.Lire(d))) : champ.Lire(d));
        foreach (var c in cofinancement)
            doc.Section($"Cofinancement estimé (salaire de {Fr.Euros(c.SalaireMensuel)} net)",
                $"Programme : {Fr.Euros(c.ParMoisProgramme)} par mois ; administration : {Fr.Euros(c.ParMoisAdministration)} par mois.");
        return doc.Terminer();
    }

    public byte[] LettreDecision(DossierProjet d, string appel, EtatDossier decision, string motivation,
        IReadOnlyList<ProfilOctroye> profils, DateTime le)
    {
        var doc = new Redaction($"Décision {d.Reference}");
        doc.Paragraphe("Direction interministérielle du numérique — Programme Entrepreneurs d'intérêt général");
        doc.Paragraphe($"Le {Fr.Date(le)}");
        doc.Paragraphe($"À l'attention de : {d.SponsorNom}, {d.SponsorFonction} — {d.Administration}");
        doc.Titre($"Objet : décision sur le dossier {d.Reference} « {d.Titre} »");
        doc.Paragraphe($"Appel : {appel}");
        doc.Paragraphe(decision switch
        {
            EtatDossier.Laureat => "Après délibération, le jury a retenu votre projet : votre administration est lauréate.",
            EtatDossier.NonRetenu => "Après délibération, le jury n'a pas retenu votre projet.",
            _ => "Votre dossier est classé sans suite.",
        });
        doc.Section("Motivation", motivation);
        if (profils.Count > 0)
            doc.Section("Profils octroyés", string.Join(", ", profils.Select(p => $"{p.Nombre} × {p.Profil}")));
        doc.Paragraphe("L'équipe du programme reste à votre disposition pour toute question.");
        return doc.Terminer();
    }

    /// <summary>A tiny flowing-text writer: title, paragraphs, sections, new page when full.</summary>
    private sealed class Redaction
    {
        private const double Marge = 56;
        private readonly PdfDocument _doc = new();
        private XGraphics _gfx = null!;
        private PdfPage _page = null!;
        private double _y;
        private readonly XFont _normal = new("Segoe WP", 10.5);
        private readonly XFont _gras = new("Segoe WP Semibold", 11.5);
        private readonly XFont _titre = new("Segoe WP Semibold", 15);

        public Redaction(string titre)
        {
            _doc.Info.Title = titre;
            _doc.Info.Author = "Programme Entrepreneurs d'intérêt général";
            NouvellePage();
        }

        private void NouvellePage()
        {
            _gfx?.Dispose();
            _page = _doc.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Marge;
        }

        private void Ecrire(string texte, XFont font, double apres)
        {
            var largeur = _page.Width.Point - 2 * Marge;
            var tf = new XTextFormatter(_gfx);
            // Wrap by words into chunks that fit a page; long texts flow over several pages.
            foreach (var bloc in Blocs(texte, font, largeur))
            {
                var hauteur = Hauteur(bloc, font, largeur);
                if (_y + hauteur > _page.Height.Point - Marge) NouvellePage();
                tf = new XTextFormatter(_gfx);
                tf.DrawString(bloc, font, XBrushes.Black, new XRect(Marge, _y, largeur, hauteur + 4), XStringFormats.TopLeft);
                _y += hauteur;
            }
            _y += apres;
        }

        private IEnumerable<string> Blocs(string texte, XFont font, double largeur)
        {
            foreach (var ligne in texte.Replace("\r", "").Split('\n'))
                yield return ligne.Length == 0 ? " " : ligne;
        }

        private double Hauteur(string texte, XFont font, double largeur)
        {
            var mots = texte.Split(' ');
            var lignes = 1;
            var courant = 0.0;
            var espace = _gfx.MeasureString(" ", font).Width;
            foreach (var mot in mots)
            {
                var w = _gfx.MeasureString(mot, font).Width;
                if (courant > 0 && courant + espace + w > largeur) { lignes++; courant = w; }
                else courant += (courant > 0 ? espace : 0) + w;
                while (courant > largeur) { lignes++; courant -= largeur; }
            }
            return lignes * font.GetHeight() * 1.05;
        }

        public void Titre(string t) => Ecrire(t, _titre, 10);
        public void Paragraphe(string t) => Ecrire(t, _normal, 6);

        public void Section(string titre, string texte)
        {
            Ecrire(titre, _gras, 2);
            Ecrire(string.IsNullOrWhiteSpace(texte) ? "—" : texte, _normal, 8);
        }

        public byte[] Terminer()
        {
            _gfx.Dispose();
            using var ms = new MemoryStream();
            _doc.Save(ms, false);
            return ms.ToArray();
        }
    }
}
