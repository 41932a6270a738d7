namespace Eig.Web.Candidatures;

public sealed record ContenuLettreDeMission(string NomComplet, string Profil, string Defi, string Administration, DateOnly Debut,
    int DureeMois, int SalaireNetMensuel, int PartVariablePourcent, string RegleAppliquee, DateTime EtablieLe, Guid Reference);

/// <summary>The mission letter (PDFsharp, no MigraDoc): who, which administration and défi, from when, for how long,
/// on what pay. Written with the shared text-only PDF writer.</summary>
public static class LettreDeMission
{
    public static byte[] Generer(ContenuLettreDeMission l)
    {
        using var pdf = new Infrastructure.Pdf.PdfTexte($"Lettre de mission — {l.NomComplet}");
        pdf.Ligne("RÉPUBLIQUE FRANÇAISE", pdf.Gras, 16);
        pdf.Ligne("Direction interministérielle du numérique (DINUM)", pdf.Texte, 16);
        pdf.Ligne("Programme Entrepreneurs d'intérêt général", pdf.Texte, 40, Infrastructure.Pdf.PdfTexte.Bleu);
        pdf.Ligne("Lettre de mission", pdf.Titre, 30);

        pdf.Paragraphe($"Établie le {Fr.Date(l.EtablieLe)} — référence {l.Reference.ToString()[..8]}");
        pdf.Paragraphe($"{l.NomComplet} est recruté·e par la DINUM en contrat de projet, au profil « {l.Profil} », et mis·e à disposition de l'administration lauréate suivante pour y relever son défi :");
        pdf.Paragraphe($"Administration : {l.Administration}", pdf.Gras);
        pdf.Paragraphe($"Défi : {l.Defi}", pdf.Gras);
        pdf.Paragraphe($"Début de la mission : {Fr.Date(l.Debut)}. Durée du contrat de projet : {l.DureeMois} mois, renouvelable.");
        pdf.Paragraphe($"Rémunération : {Fr.Euros(l.SalaireNetMensuel)} net par mois et une part variable de {l.PartVariablePourcent} %. Règle appliquée : {l.RegleAppliquee}");
        pdf.Paragraphe("La mission se déroule au sein de l'équipe du défi, avec l'appui du programme : séminaires collectifs, accompagnement de l'équipe et partage entre pairs, pendant les trois phases de la promotion (concevoir, consolider, amplifier).");
        pdf.Paragraphe("Pour la DINUM, l'équipe du programme Entrepreneurs d'intérêt général.");
        return pdf.Octets();
    }
}

