using Eig.Web.Infrastructure.Mail;

namespace Eig.Web.Promotions;

/// <summary>The mails of a promotion's life: the outcome questionnaires and the support programme's invitations.</summary>
public static class ModelesPromotions
{
    private static readonly VariableCourriel Nom = new("nom", "le nom de la personne", "Camille Martin");
    private static readonly VariableCourriel PromotionV = new("promotion", "la promotion", "Promotion 7");
    private static readonly VariableCourriel DefiV = new("defi", "le titre du défi", "Cadastre solaire");
    private static readonly VariableCourriel Expiration = new("expiration", "le dernier jour du lien", "31 août 2026");

    public static readonly ModeleCourriel QuestionnaireEig = new()
    {
        Cle = "promotion.questionnaire-eig", Nom = "Questionnaire de fin de promotion (EIG)",
        Envoi = "à chaque EIG de la promotion dont la suite de parcours n'est pas connue, quand l'équipe envoie les questionnaires (lien personnel)",
        Objet = ObjetModele.Autre,
        Autres = [Nom, PromotionV, DefiV, Expiration],
        Defaut = new("{{promotion}} : et après le programme ?", "Bonjour {{nom}}",
            """
            Votre défi « {{defi}} » s'achève avec la {{promotion}}. Pour que le programme sache ce que deviennent ses entrepreneurs, dites-nous en deux questions si vous continuez dans le secteur public, et où.
            Ce lien est personnel : il ne sert qu'à votre réponse, une fois, jusqu'au {{expiration}}.
            """, "Répondre au questionnaire", "Votre réponse compte, sans votre nom, dans les chiffres publics du programme."),
    };

    public static readonly ModeleCourriel QuestionnaireSponsor = new()
    {
        Cle = "promotion.questionnaire-sponsor", Nom = "Questionnaire de fin de promotion (sponsor)",
        Envoi = "au sponsor de chaque défi de la promotion dont l'issue n'est pas connue, quand l'équipe envoie les questionnaires (lien personnel)",
        Objet = ObjetModele.Autre,
        Autres = [Nom, PromotionV, DefiV, Expiration],
        Defaut = new("{{promotion}} : que devient le défi « {{defi}} » ?", "Bonjour {{nom}}",
            """
            Le défi « {{defi}} » s'achève avec la {{promotion}}. Dites-nous ce qu'il devient : poursuivi par votre administration, devenu un produit ou une startup d'État, ou arrêté.
            Ce lien est personnel : il ne sert qu'à la réponse sur ce défi, une fois, jusqu'au {{expiration}}.
            """, "Répondre au questionnaire", "L'issue des défis compte dans les chiffres publics du programme."),
    };

    public static readonly ModeleCourriel InvitationSeance = new()
    {
        Cle = "promotion.seance-invitation", Nom = "Invitation à une séance du programme d'accompagnement",
        Envoi = "aux EIG et aux sponsors de la promotion, quand l'équipe crée un séminaire, un coaching ou un co-développement (avec l'invitation .ics)",
        Objet = ObjetModele.Autre,
        Autres = [Nom, PromotionV, new("seance", "le titre de la séance", "Séminaire de mi-parcours"),
            new("type", "le type de séance, en minuscules", "séminaire collectif"),
            new("date", "le jour de la séance", "15 juin 2027"),
            new("creneau", "le jour et l'heure, à Paris", "mardi 15 juin 2027 de 14h00 à 17h00"),
            new("lieu", "le lieu ou le lien de visio", "DINUM, 20 avenue de Ségur, Paris")],
        Defaut = new("{{promotion}} : {{type}} le {{date}}", "Bonjour {{nom}}",
            """
            Le programme d'accompagnement de la {{promotion}} vous invite : {{seance}} ({{type}}).
            {{creneau}} (heure de Paris). Lieu ou lien : {{lieu}}
            L'invitation jointe s'ajoute à votre agenda. Inscrivez-vous depuis votre espace : les places sont comptées.
            """, "M'inscrire"),
    };

    public static IReadOnlyList<ModeleCourriel> Tous => [QuestionnaireEig, QuestionnaireSponsor, InvitationSeance];
}
