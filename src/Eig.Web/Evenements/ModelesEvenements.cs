using Eig.Web.Infrastructure.Mail;

namespace Eig.Web.Evenements;

/// <summary>The mails of webinars and calls with the team.</summary>
public static class ModelesEvenements
{
    private static readonly VariableCourriel Nom = new("nom", "le nom donné par la personne", "Camille Martin");
    private static readonly VariableCourriel Creneau = new("creneau", "le jour et l'heure", "mardi 8 décembre 2026 de 10h00 à 10h20");

    public static readonly ModeleCourriel RendezVousConfirme = new()
    {
        Cle = "rendez-vous.confirme", Nom = "Rendez-vous confirmé", Envoi = "à la personne qui réserve un échange avec l'équipe (avec l'invitation .ics)", Objet = ObjetModele.Autre,
        Autres = [Nom, Creneau],
        Defaut = new("Rendez-vous confirmé avec l'équipe EIG", "À bientôt, {{nom}}",
            """
            {{creneau}}
            L'équipe vous appellera ou vous enverra un lien de visio. L'invitation jointe s'ajoute à votre agenda.
            """, "Annuler ce rendez-vous", "Si vous ne pouvez pas venir, annulez : le créneau sera proposé à quelqu'un d'autre."),
    };

    public static readonly ModeleCourriel RendezVousAnnule = new()
    {
        Cle = "rendez-vous.annule", Nom = "Rendez-vous annulé par l'équipe", Envoi = "à la personne dont l'équipe annule le rendez-vous (avec le fichier .ics qui le retire de son agenda)", Objet = ObjetModele.Autre,
        Autres = [Nom, Creneau],
        Defaut = new("Votre rendez-vous avec l'équipe EIG est annulé", "Bonjour {{nom}},",
            """
            L'équipe ne pourra pas tenir le rendez-vous prévu le {{creneau}}. Toutes nos excuses. Le fichier joint le retire de votre agenda.
            Vous pouvez choisir un autre créneau quand vous voulez.
            """, "Choisir un autre créneau"),
    };

    public static readonly ModeleCourriel RendezVousAnnuleParLaPersonne = new()
    {
        Cle = "rendez-vous.annule-par-la-personne", Nom = "Rendez-vous annulé par la personne", Envoi = "à la personne qui annule son échange avec l'équipe (avec le fichier .ics qui le retire de son agenda)", Objet = ObjetModele.Autre,
        Autres = [Nom, Creneau],
        Defaut = new("Votre rendez-vous avec l'équipe EIG est annulé", "Bonjour {{nom}},",
            """
            Votre rendez-vous du {{creneau}} est annulé, comme vous l'avez demandé. Le fichier joint le retire de votre agenda.
            Vous pouvez en réserver un autre quand vous voulez.
            """, "Réserver un autre créneau"),
    };

    public static readonly ModeleCourriel RendezVousAvisEquipe = new()
    {
        Cle = "rendez-vous.equipe", Nom = "Avis à l'équipe : rendez-vous annulé", Envoi = "à l'équipe, quand un échange réservé avec elle est annulé (par la personne, par un membre de l'équipe ou avec le compte de la personne)", Objet = ObjetModele.Autre,
        Autres = [Nom, new("email", "l'adresse donnée par la personne", "camille.martin@example.fr"), Creneau,
            new("detail", "qui a annulé", "annulé par la personne ; le créneau est de nouveau libre.")],
        Defaut = new("Rendez-vous annulé : {{nom}}, {{creneau}}", "Rendez-vous annulé",
            "Le rendez-vous de {{nom}} ({{email}}) du {{creneau}} est {{detail}}", "Voir les créneaux"),
    };

    public static readonly ModeleCourriel InscriptionEvenement = new()
    {
        Cle = "evenement.inscription", Nom = "Inscription à un événement", Envoi = "à la personne qui s'inscrit à un webinaire ou un événement (avec l'invitation .ics)", Objet = ObjetModele.Autre,
        Autres = [Nom, new("evenement", "le titre de l'événement", "Webinaire : candidater à l'appel à projets"), Creneau,
            new("lien_participation", "le lien pour participer", "https://webinaire.numerique.gouv.fr/eig")],
        Defaut = new("Inscription confirmée : {{evenement}}", "Vous êtes inscrit·e, {{nom}}",
            """
            {{evenement}}
            {{creneau}}
            L'invitation jointe s'ajoute à votre agenda. Le lien pour participer :
            {{lien_participation}}
            """, Note: "Vous ne pouvez plus venir ? Répondez à l'équipe depuis la page contact du site : votre place ira à quelqu'un d'autre."),
    };

    public static IReadOnlyList<ModeleCourriel> Tous => [RendezVousConfirme, RendezVousAnnule, RendezVousAnnuleParLaPersonne, RendezVousAvisEquipe, InscriptionEvenement];
}
