using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Mail;

namespace Eig.Web.Candidatures;

/// <summary>The mails of the call for candidates, one per transition, in plain French.</summary>
public sealed class CandidaturesMails(MailTemplates templates)
{
    private (string, string) Espace => ("Suivre ma candidature", templates.Lien("/espace-candidat"));

    public MailContent AccuseReception(Candidature c, string profil) => templates.Composer("Votre candidature est bien déposée",
        new MailBody($"Merci {c.Prenom}",
            [$"Nous avons bien reçu votre candidature au profil « {profil} » le {Fr.DateHeure(c.DeposeeLe!.Value)}.",
             "Les expert·es de la DINUM vont examiner votre dossier. Vous serez prévenu·e par courriel à chaque étape, et vous pouvez suivre son avancement dans votre espace."],
            Espace));

    public MailContent InvitationPremierEntretien(Candidature c) => templates.Composer("Vous êtes invité·e à un premier entretien",
        new MailBody($"Bonne nouvelle, {c.Prenom}",
            ["Votre dossier a retenu l'attention des expert·es : vous êtes invité·e à un entretien d'une heure, en rapport avec votre métier.",
             "Choisissez dès maintenant un créneau dans votre espace."],
            ("Réserver un créneau", templates.Lien("/espace-candidat/creneaux"))));

    public MailContent NonRetenue(Candidature c) => templates.Composer("Votre candidature n'a pas été retenue",
        new MailBody($"{c.Prenom}, merci pour votre candidature",
            ["Après examen, votre candidature n'a pas été retenue pour la suite du recrutement.",
             $"Motif : {c.MotifDecision}",
             "Vos données seront effacées à l'issue de la durée de conservation indiquée sur la page « Données personnelles ». Vous pouvez les télécharger ou supprimer votre compte dès maintenant depuis votre espace."],
            Espace));

    public MailContent IntegrationVivier(Candidature c) => templates.Composer("Vous intégrez le vivier des entrepreneur·es",
        new MailBody($"Félicitations {c.Prenom}",
            ["À l'issue de votre entretien, vous intégrez le vivier d'entrepreneur·es du programme.",
             "Lorsqu'une administration lauréate a une mission qui correspond à votre profil, nous vous proposerons de la rencontrer lors d'un second entretien d'une heure."],
            Espace));

    public MailContent PropositionCandidat(Candidature c, string defi, string administration) => templates.Composer("Une administration souhaite vous rencontrer",
        new MailBody($"Une mission pour vous, {c.Prenom}",
            [$"Nous avons proposé votre candidature pour le défi « {defi} » ({administration}).",
             "L'administration vous rencontrera lors d'un entretien d'une heure sur la mission. Réservez un créneau dans votre espace dès qu'ils sont publiés."],
            ("Voir les créneaux", templates.Lien("/espace-candidat/creneaux"))));

    public MailContent ShortlistAdministration(string defi, int nombre) => templates.Composer("Des candidatures vous sont proposées",
        new MailBody("Nouvelles candidatures pour votre défi",
            [$"L'équipe du programme vous propose {Fr.Nombre(nombre, "candidature", "candidatures")} pour le défi « {defi} ».",
             "Consultez-les dans votre espace, publiez vos créneaux d'entretien puis donnez votre retour après chaque entretien."],
            ("Voir les candidatures proposées", templates.Lien("/espace-porteur/recrutement"))));

    public MailContent DecisionAdministration(string candidat, string defi, bool choisie) => templates.Composer(
        choisie ? "Une administration a choisi une candidature" : "Une administration a écarté une candidature",
        new MailBody("Retour d'une administration",
            [$"Pour le défi « {defi} », l'administration a {(choisie ? "choisi" : "écarté")} la candidature de {candidat}.",
             choisie ? "Vous pouvez préparer la proposition d'embauche." : "La personne reste dans le vivier."],
            ("Ouvrir le recrutement", templates.Lien("/admin/recrutement"))));

    public MailContent NonChoisie(Candidature c, string defi) => templates.Composer("Suite de votre second entretien",
        new MailBody($"{c.Prenom}, merci pour cet entretien",
            [$"L'administration du défi « {defi} » n'a pas retenu votre candidature pour cette mission.",
             "Vous restez dans le vivier : une autre mission pourra vous être proposée."],
            Espace));

    public MailContent Offre(Candidature c, Offre o, string defi, string administration) => templates.Composer("Votre proposition d'embauche",
        new MailBody($"Félicitations {c.Prenom}",
            [$"La DINUM vous propose un contrat de projet de {o.DureeMois} mois à partir du {Fr.Date(o.DateDebut)}, pour le défi « {defi} » ({administration}).",
             $"Rémunération : {Fr.Euros(o.SalaireNetMensuel)} net par mois et une part variable de {o.PartVariablePourcent} %. {o.RegleAppliquee}",
             "Acceptez ou déclinez cette proposition depuis votre espace."],
            ("Répondre à la proposition", templates.Lien($"/espace-candidat/offre/{o.Id}"))));

    public MailContent ReponseOffre(string candidat, string defi, bool acceptee) => templates.Composer(
        acceptee ? "Proposition d'embauche acceptée" : "Proposition d'embauche déclinée",
        new MailBody(acceptee ? "Une recrue de plus" : "Proposition déclinée",
            [$"{candidat} a {(acceptee ? "accepté" : "décliné")} la proposition d'embauche pour le défi « {defi} »."
             + (acceptee ? " La lettre de mission est disponible dans son espace et la personne rejoint l'équipe du défi." : "")]));

    public MailContent LettreDeMission(Candidature c, string defi) => templates.Composer("Votre lettre de mission",
        new MailBody($"Bienvenue dans le programme, {c.Prenom}",
            [$"Vous avez accepté la proposition d'embauche : vous rejoignez l'équipe du défi « {defi} ».",
             "Votre lettre de mission est jointe à ce message et reste téléchargeable dans votre espace."],
            Espace));

    public MailContent Retrait(Candidature c) => templates.Composer("Votre candidature est retirée",
        new MailBody($"{c.Prenom}, c'est noté",
            ["Vous avez retiré votre candidature. Elle ne sera plus examinée.",
             "Vous pouvez supprimer votre compte et vos données à tout moment depuis votre espace."],
            Espace));

    public MailContent CreneauReserve(Candidature c, Creneau cr) => templates.Composer("Votre entretien est réservé",
        new MailBody($"À bientôt {c.Prenom}",
            [$"Votre entretien d'une heure aura lieu le {Fr.DateHeure(cr.Debut)} (heure de Paris).",
             $"Modalités : {cr.Modalites}",
             "L'invitation est jointe à ce message pour l'ajouter à votre agenda."],
            Espace));

    public MailContent AvisPurge(Candidature c, DateTime effacementLe) => templates.Composer("Vos données de candidature vont être effacées",
        new MailBody($"Bonjour {c.Prenom}",
            ["Votre candidature au programme Entrepreneurs d'intérêt général n'a pas été retenue, et la durée de conservation de vos données arrive à son terme.",
             $"Elles seront effacées à partir du {Fr.Date(effacementLe)}. Si vous souhaitez en garder une copie, téléchargez-les d'ici là depuis votre espace."],
            ("Télécharger mes données", templates.Lien("/espace-candidat/mes-donnees"))));
}
