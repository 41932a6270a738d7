using Eig.Web.Infrastructure.Mail;

namespace Eig.Web.Comptes;

/// <summary>What the deletion of an account cancelled (interviews, soutenance, calls with the team), gathered so that
/// the person gets one mail saying their account is gone and what was cancelled, with each calendar file that removes
/// an appointment — not, per appointment, the ordinary "choose another slot" mail, which makes no sense any more.
/// The team is still told of each cancellation as usual.</summary>
public sealed class AnnulationsDuCompte(string email)
{
    /// <summary>The deleted account's address: the cancellations' own mails to it are replaced by the one mail.</summary>
    public string Email { get; } = email;
    public List<string> Lignes { get; } = [];
    public List<OutboxAttachment> Calendriers { get; } = [];

    public bool EstDeLaPersonne(string adresse) => string.Equals(adresse, Email, StringComparison.OrdinalIgnoreCase);

    public void Ajouter(string ligne, OutboxAttachment calendrier)
    {
        Lignes.Add(ligne);
        // Mail clients show attachments by name: one name per file, numbered after the first.
        var nom = Calendriers.Any(c => c.NomFichier == calendrier.NomFichier)
            ? $"{Path.GetFileNameWithoutExtension(calendrier.NomFichier)}-{Calendriers.Count + 1}.ics" : calendrier.NomFichier;
        Calendriers.Add(new OutboxAttachment { NomFichier = nom, TypeMime = calendrier.TypeMime, Contenu = calendrier.Contenu });
    }

    /// <summary>The sentence of the mail, empty when nothing was cancelled (the line is then dropped).</summary>
    public string Phrase() => Lignes.Count switch
    {
        0 => "",
        1 => $"Ce qui était prévu est annulé : {Lignes[0]}. Le fichier joint le retire de votre agenda.",
        _ => $"Ce qui était prévu est annulé : {string.Join(" ; ", Lignes)}. Les fichiers joints les retirent de votre agenda.",
    };
}
