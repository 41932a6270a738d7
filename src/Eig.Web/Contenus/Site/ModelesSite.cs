using Eig.Web.Infrastructure.Mail;

namespace Eig.Web.Contenus.Site;

/// <summary>The public site's mails: the newsletter's opt-in, the contact form's message to the team.</summary>
public static class ModelesSite
{
    public static readonly ModeleCourriel ConfirmationNewsletter = new()
    {
        Cle = "newsletter.confirmation", Nom = "Confirmation d'inscription à la lettre", Envoi = "à l'adresse inscrite à la lettre d'information (double confirmation)", Objet = ObjetModele.Autre,
        Defaut = new("Confirmez votre inscription à la lettre d'information", "Encore un clic",
            """
            Vous avez demandé à recevoir la lettre d'information du programme Entrepreneurs d'intérêt général : appels à projets et à candidatures, événements, nouvelles des défis.
            Confirmez votre adresse pour commencer à la recevoir.
            """, "Confirmer mon inscription", "Si vous n'avez rien demandé, ignorez ce message : sans confirmation, nous ne vous écrirons plus."),
    };

    public static readonly ModeleCourriel MessageContact = new()
    {
        Cle = "contact.message", Nom = "Message reçu par la page Contact", Envoi = "à l'équipe, pour chaque message du formulaire de contact", Objet = ObjetModele.Autre,
        Autres = [new("nom", "le nom donné", "Camille Martin"), new("email", "son adresse", "camille.martin@exemple.fr"),
            new("objet", "l'objet du message", "Question sur l'appel à projets"), new("message", "le message, ligne à ligne", "Bonjour, quand ouvre le prochain appel ?")],
        Defaut = new("Message du site : {{objet}}", "Message de {{nom}}",
            """
            De : {{nom}} <{{email}}>
            Objet : {{objet}}
            {{message}}
            """, Note: "Répondez directement à l'adresse de l'expéditeur."),
    };

    public static IReadOnlyList<ModeleCourriel> Tous => [ConfirmationNewsletter, MessageContact];
}
