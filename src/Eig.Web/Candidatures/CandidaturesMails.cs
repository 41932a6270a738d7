using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Mail;

namespace Eig.Web.Candidatures;

/// <summary>The mails of the call for candidates, one per transition, rendered from their templates
/// (<see cref="ModelesCandidatures"/>).</summary>
public sealed class CandidaturesMails(MailTemplates templates)
{
    private string Espace => templates.Lien("/espace-candidat");

    /// <summary>A mail to the candidate, listed in the candidature's mail history.</summary>
    private MailContent A(ModeleCourriel m, Candidature c, string lien, params (string, string?)[] autres) =>
        templates.Rendre(m, ModelesCandidatures.Valeurs(c, lien, autres), c.AppelId, nameof(Candidature), c.Id);

    private MailContent Equipe(ModeleCourriel m, string lien, params (string Nom, string? Valeur)[] valeurs) =>
        templates.Rendre(m, new Dictionary<string, string?>(valeurs.Select(v => KeyValuePair.Create(v.Nom, v.Valeur))) { ["lien"] = lien });

    public MailContent AccuseReception(Candidature c, string profil) =>
        A(ModelesCandidatures.AccuseReception, c, Espace, ("profil", profil), ("deposee_le", Fr.DateHeure(c.DeposeeLe!.Value)));

    public MailContent InvitationPremierEntretien(Candidature c) =>
        A(ModelesCandidatures.InvitationPremierEntretien, c, templates.Lien("/espace-candidat/creneaux"));

    public MailContent NonRetenue(Candidature c) => A(ModelesCandidatures.NonRetenue, c, Espace, ("motif", c.MotifDecision));

    public MailContent IntegrationVivier(Candidature c) => A(ModelesCandidatures.IntegrationVivier, c, Espace);

    public MailContent PropositionCandidat(Candidature c, string defi, string administration) =>
        A(ModelesCandidatures.PropositionCandidat, c, templates.Lien("/espace-candidat/creneaux"), ("defi", defi), ("administration", administration));

    public MailContent ShortlistAdministration(string defi, int nombre) =>
        Equipe(ModelesCandidatures.ShortlistAdministration, templates.Lien("/espace-porteur/recrutement"),
            ("defi", defi), ("nombre", Fr.Nombre(nombre, "candidature", "candidatures")));

    public MailContent DecisionAdministration(string candidat, string defi, bool choisie) =>
        Equipe(choisie ? ModelesCandidatures.AdministrationChoisit : ModelesCandidatures.AdministrationEcarte, templates.Lien("/admin/recrutement"),
            ("candidat", candidat), ("defi", defi));

    public MailContent NonChoisie(Candidature c, string defi) => A(ModelesCandidatures.NonChoisie, c, Espace, ("defi", defi));

    public MailContent Offre(Candidature c, Offre o, string defi, string administration) =>
        A(ModelesCandidatures.Offre, c, templates.Lien($"/espace-candidat/offre/{o.Id}"), ("defi", defi), ("administration", administration),
            ("duree_mois", o.DureeMois.ToString(Fr.Culture)), ("date_debut", Fr.Date(o.DateDebut)), ("salaire", Fr.Euros(o.SalaireNetMensuel)),
            ("part_variable", o.PartVariablePourcent.ToString(Fr.Culture)), ("regle", o.RegleAppliquee));

    public MailContent ReponseOffre(string candidat, string defi, bool acceptee) =>
        Equipe(acceptee ? ModelesCandidatures.OffreAcceptee : ModelesCandidatures.OffreDeclinee, "", ("candidat", candidat), ("defi", defi));

    public MailContent LettreDeMission(Candidature c, string defi) => A(ModelesCandidatures.LettreDeMission, c, Espace, ("defi", defi));

    public MailContent Retrait(Candidature c) => A(ModelesCandidatures.Retrait, c, Espace);

    public MailContent CreneauReserve(Candidature c, Creneau cr) =>
        A(ModelesCandidatures.CreneauReserve, c, Espace, ("creneau", Fr.DateHeure(cr.Debut)), ("modalites", cr.Modalites));

    public MailContent CreneauDeplace(Candidature c, Creneau ancien, Creneau nouveau) =>
        A(ModelesCandidatures.CreneauDeplace, c, templates.Lien("/espace-candidat/creneaux"),
            ("ancien_creneau", Fr.DateHeure(ancien.Debut)), ("creneau", Fr.DateHeure(nouveau.Debut)), ("modalites", nouveau.Modalites));

    public MailContent CreneauAnnule(Candidature c, Creneau cr) =>
        A(ModelesCandidatures.CreneauAnnule, c, templates.Lien("/espace-candidat/creneaux"), ("creneau", Fr.DateHeure(cr.Debut)));

    public MailContent RappelEntretien(Candidature c, Creneau cr) =>
        A(ModelesCandidatures.RappelEntretien, c, templates.Lien("/espace-candidat/creneaux"), ("creneau", Fr.DateHeure(cr.Debut)), ("modalites", cr.Modalites));

    public MailContent AvisPurge(Candidature c, DateTime effacementLe) =>
        A(ModelesCandidatures.AvisPurge, c, templates.Lien("/compte/mes-donnees"), ("effacement_le", Fr.Date(effacementLe)));

    public MailContent AvisPurgeVivier(Candidature c, DateTime effacementLe) =>
        A(ModelesCandidatures.AvisPurgeVivier, c, templates.Lien("/compte/mes-donnees"), ("effacement_le", Fr.Date(effacementLe)));

    public MailContent AffectationEvaluateur(Candidature c, string objet, DateTime dateLimite, string lien) =>
        templates.Rendre(ModelesCandidatures.AffectationEvaluateur, ModelesCandidatures.Valeurs(c, lien, ("objet", objet), ("date_limite", Fr.Date(dateLimite))), c.AppelId, nameof(Candidature), c.Id);

    /// <summary>What staff are told about a candidature (a review submitted, an interview booked), opening its page.</summary>
    public MailContent Equipe(Candidature c, string sujet, string quoi) =>
        A(ModelesCandidatures.AvisEquipe, c, templates.Lien($"/admin/candidatures/{c.Id}"), ("evenement", sujet), ("detail", quoi));
}

/// <summary>The call for candidates' automatic mails: their text as written here is the default staff start from.</summary>
public static class ModelesCandidatures
{
    public static Dictionary<string, string?> Valeurs(Candidature c, string lien, params (string Nom, string? Valeur)[] autres)
    {
        var v = new Dictionary<string, string?> { ["prenom"] = c.Prenom, ["nom"] = c.Nom, ["lien"] = lien };
        foreach (var (nom, valeur) in autres) v[nom] = valeur;
        return v;
    }

    private static readonly VariableCourriel Defi = new("defi", "le titre du défi", "Mieux orienter les demandeurs d'emploi");
    private static readonly VariableCourriel Administration = new("administration", "l'administration du défi", "France Travail");
    private static readonly VariableCourriel Candidat = new("candidat", "le prénom et le nom de la personne", "Camille Martin");
    private const string Suivre = "Suivre ma candidature";

    private static ModeleCourriel M(string cle, string nom, string envoi, TexteCourriel texte, ObjetModele objet = ObjetModele.Candidature,
        params VariableCourriel[] autres) =>
        new() { Cle = "aac." + cle, Nom = nom, Envoi = envoi, Objet = objet, Defaut = texte, Autres = autres };

    public static readonly ModeleCourriel AccuseReception = M("accuse-reception", "Accusé de réception", "à la personne qui dépose sa candidature",
        new("Votre candidature est bien déposée", "Merci {{prenom}}",
            """
            Nous avons bien reçu votre candidature au profil « {{profil}} » le {{deposee_le}}.
            Les expert·es de la DINUM vont examiner votre dossier. Vous serez prévenu·e par courriel à chaque étape, et vous pouvez suivre son avancement dans votre espace.
            """, Suivre),
        autres: [new("profil", "le profil recherché choisi", "Développeur·se"), new("deposee_le", "la date et l'heure du dépôt", "1 décembre 2026 à 14h30")]);

    public static readonly ModeleCourriel InvitationPremierEntretien = M("premier-entretien", "Invitation au premier entretien", "à la personne pré-sélectionnée après l'examen de son dossier",
        new("Vous êtes invité·e à un premier entretien", "Bonne nouvelle, {{prenom}}",
            """
            Votre dossier a retenu l'attention des expert·es : vous êtes invité·e à un entretien d'une heure, en rapport avec votre métier.
            Choisissez dès maintenant un créneau dans votre espace.
            """, "Réserver un créneau"));

    public static readonly ModeleCourriel NonRetenue = M("non-retenue", "Candidature non retenue", "à la personne dont la candidature n'est pas retenue",
        new("Votre candidature n'a pas été retenue", "{{prenom}}, merci pour votre candidature",
            """
            Après examen, votre candidature n'a pas été retenue pour la suite du recrutement.
            Motif : {{motif}}
            Vos données seront effacées à l'issue de la durée de conservation indiquée sur la page « Données personnelles ». Vous pouvez les télécharger ou supprimer votre compte dès maintenant depuis votre espace.
            """, Suivre),
        autres: [new("motif", "le motif donné par l'équipe", "Votre expérience ne correspond pas aux profils recherchés cette année.")]);

    public static readonly ModeleCourriel IntegrationVivier = M("vivier", "Entrée dans le vivier", "à la personne qui intègre le vivier après son entretien",
        new("Vous intégrez le vivier des entrepreneur·es", "Félicitations {{prenom}}",
            """
            À l'issue de votre entretien, vous intégrez le vivier d'entrepreneur·es du programme.
            Lorsqu'une administration lauréate a une mission qui correspond à votre profil, nous vous proposerons de la rencontrer lors d'un second entretien d'une heure.
            """, Suivre));

    public static readonly ModeleCourriel PropositionCandidat = M("proposition", "Proposition à une administration", "à la personne du vivier proposée pour un défi",
        new("Une administration souhaite vous rencontrer", "Une mission pour vous, {{prenom}}",
            """
            Nous avons proposé votre candidature pour le défi « {{defi}} » ({{administration}}).
            L'administration vous rencontrera lors d'un entretien d'une heure sur la mission. Réservez un créneau dans votre espace dès qu'ils sont publiés.
            """, "Voir les créneaux"),
        autres: [Defi, Administration]);

    public static readonly ModeleCourriel ShortlistAdministration = M("shortlist", "Candidatures proposées à une administration", "aux membres de l'équipe du défi, quand l'équipe leur propose des candidatures",
        new("Des candidatures vous sont proposées", "Nouvelles candidatures pour votre défi",
            """
            L'équipe du programme vous propose {{nombre}} pour le défi « {{defi}} ».
            Consultez-les dans votre espace, publiez vos créneaux d'entretien puis donnez votre retour après chaque entretien.
            """, "Voir les candidatures proposées"),
        ObjetModele.Autre, Defi, new("nombre", "le nombre de candidatures, avec le mot", "3 candidatures"));

    public static readonly ModeleCourriel AdministrationChoisit = M("administration-choisit", "Une administration choisit une candidature", "à l'équipe du programme",
        new("Une administration a choisi une candidature", "Retour d'une administration",
            """
            Pour le défi « {{defi}} », l'administration a choisi la candidature de {{candidat}}.
            Vous pouvez préparer la proposition d'embauche.
            """, "Ouvrir le recrutement"),
        ObjetModele.Autre, Defi, Candidat);

    public static readonly ModeleCourriel AdministrationEcarte = M("administration-ecarte", "Une administration écarte une candidature", "à l'équipe du programme",
        new("Une administration a écarté une candidature", "Retour d'une administration",
            """
            Pour le défi « {{defi}} », l'administration a écarté la candidature de {{candidat}}.
            La personne reste dans le vivier.
            """, "Ouvrir le recrutement"),
        ObjetModele.Autre, Defi, Candidat);

    public static readonly ModeleCourriel NonChoisie = M("non-choisie", "Non choisie après le second entretien", "à la personne que l'administration n'a pas choisie",
        new("Suite de votre second entretien", "{{prenom}}, merci pour cet entretien",
            """
            L'administration du défi « {{defi}} » n'a pas retenu votre candidature pour cette mission.
            Vous restez dans le vivier : une autre mission pourra vous être proposée.
            """, Suivre),
        autres: [Defi]);

    public static readonly ModeleCourriel Offre = M("offre", "Proposition d'embauche", "à la personne choisie, quand l'équipe lui fait une proposition",
        new("Votre proposition d'embauche", "Félicitations {{prenom}}",
            """
            La DINUM vous propose un contrat de projet de {{duree_mois}} mois à partir du {{date_debut}}, pour le défi « {{defi}} » ({{administration}}).
            Rémunération : {{salaire}} net par mois et une part variable de {{part_variable}} %. {{regle}}
            Acceptez ou déclinez cette proposition depuis votre espace.
            """, "Répondre à la proposition"),
        autres: [Defi, Administration, new("duree_mois", "la durée du contrat en mois", "10"), new("date_debut", "la date de début", "1 septembre 2027"),
            new("salaire", "le salaire net mensuel", "3 800 €"), new("part_variable", "la part variable en pourcentage", "10"),
            new("regle", "la règle de la grille appliquée", "Grille : 5 à 10 ans d'expérience.")]);

    public static readonly ModeleCourriel OffreAcceptee = M("offre-acceptee", "Proposition d'embauche acceptée", "à l'équipe du programme",
        new("Proposition d'embauche acceptée", "Une recrue de plus",
            "{{candidat}} a accepté la proposition d'embauche pour le défi « {{defi}} ». La lettre de mission est disponible dans son espace et la personne rejoint l'équipe du défi."),
        ObjetModele.Autre, Defi, Candidat);

    public static readonly ModeleCourriel OffreDeclinee = M("offre-declinee", "Proposition d'embauche déclinée", "à l'équipe du programme",
        new("Proposition d'embauche déclinée", "Proposition déclinée",
            "{{candidat}} a décliné la proposition d'embauche pour le défi « {{defi}} »."),
        ObjetModele.Autre, Defi, Candidat);

    public static readonly ModeleCourriel LettreDeMission = M("lettre-de-mission", "Lettre de mission", "à la personne qui accepte la proposition (avec la lettre)",
        new("Votre lettre de mission", "Bienvenue dans le programme, {{prenom}}",
            """
            Vous avez accepté la proposition d'embauche : vous rejoignez l'équipe du défi « {{defi}} ».
            Votre lettre de mission est jointe à ce message et reste téléchargeable dans votre espace.
            """, Suivre),
        autres: [Defi]);

    public static readonly ModeleCourriel Retrait = M("retrait", "Candidature retirée", "à la personne qui retire sa candidature",
        new("Votre candidature est retirée", "{{prenom}}, c'est noté",
            """
            Vous avez retiré votre candidature. Elle ne sera plus examinée.
            Vous pouvez supprimer votre compte et vos données à tout moment depuis votre espace.
            """, Suivre));

    public static readonly ModeleCourriel CreneauReserve = M("creneau", "Entretien réservé", "à la personne qui réserve un créneau d'entretien (avec l'invitation .ics)",
        new("Votre entretien est réservé", "À bientôt {{prenom}}",
            """
            Votre entretien d'une heure aura lieu le {{creneau}} (heure de Paris).
            Modalités : {{modalites}}
            L'invitation est jointe à ce message pour l'ajouter à votre agenda.
            """, Suivre),
        autres: [new("creneau", "le jour et l'heure de l'entretien", "mardi 8 décembre 2026 à 10h00"), new("modalites", "les modalités données par l'équipe", "Visio : le lien vous sera envoyé la veille.")]);

    private static readonly VariableCourriel CreneauEntretien = new("creneau", "le jour et l'heure de l'entretien", "mardi 8 décembre 2026 à 10h00");
    private static readonly VariableCourriel ModalitesEntretien = new("modalites", "les modalités données par l'équipe", "Visio : le lien vous sera envoyé la veille.");

    public static readonly ModeleCourriel CreneauDeplace = M("creneau-deplace", "Entretien déplacé par l'équipe", "à la personne dont l'équipe déplace l'entretien (avec la nouvelle invitation .ics)",
        new("Votre entretien est déplacé", "Nouvel horaire, {{prenom}}",
            """
            L'équipe a déplacé votre entretien prévu le {{ancien_creneau}}.
            Il aura lieu le {{creneau}} (heure de Paris).
            Modalités : {{modalites}}
            L'invitation jointe remplace la précédente dans votre agenda.
            """, "Voir mon entretien"),
        autres: [new("ancien_creneau", "le jour et l'heure prévus jusque-là", "lundi 7 décembre 2026 à 14h00"), CreneauEntretien, ModalitesEntretien]);

    public static readonly ModeleCourriel CreneauAnnule = M("creneau-annule", "Entretien annulé par la personne", "à la personne qui annule son entretien (le fichier .ics le retire de son agenda)",
        new("Votre entretien est annulé", "C'est noté, {{prenom}}",
            """
            Votre entretien du {{creneau}} (heure de Paris) est annulé ; le créneau est proposé à d'autres.
            Le fichier joint le retire de votre agenda. Vous pouvez choisir un autre créneau depuis votre espace tant qu'il en reste.
            """, "Choisir un créneau"),
        autres: [CreneauEntretien]);

    public static readonly ModeleCourriel RappelEntretien = M("rappel-entretien", "Rappel de l'entretien, la veille", "à la personne dont l'entretien a lieu le lendemain",
        new("Votre entretien a lieu demain", "À demain, {{prenom}}",
            """
            Votre entretien d'une heure a lieu le {{creneau}} (heure de Paris).
            Modalités : {{modalites}}
            """, "Voir mon entretien"),
        autres: [CreneauEntretien, ModalitesEntretien]);

    public static readonly ModeleCourriel AvisPurge = M("avis-purge", "Avis avant effacement des données", "à la personne non retenue, avant l'effacement de sa candidature",
        new("Vos données de candidature vont être effacées", "Bonjour {{prenom}}",
            """
            Votre candidature au programme Entrepreneurs d'intérêt général n'a pas été retenue, et la durée de conservation de vos données arrive à son terme.
            Elles seront effacées à partir du {{effacement_le}}. Si vous souhaitez en garder une copie, téléchargez-les d'ici là depuis votre espace.
            """, "Télécharger mes données"),
        autres: [new("effacement_le", "la date d'effacement", "1 mars 2027")]);

    public static readonly ModeleCourriel AvisPurgeVivier = M("avis-purge-vivier", "Avis avant effacement, vivier", "à la personne du vivier à qui aucune mission n'a été proposée pendant la durée de conservation",
        new("Vos données du vivier EIG vont être effacées", "Bonjour {{prenom}}",
            """
            Vous faites partie du vivier du programme Entrepreneurs d'intérêt général, mais aucune mission ne vous a été proposée pendant la durée de conservation de vos données.
            Elles seront effacées à partir du {{effacement_le}}. Vous pourrez candidater de nouveau aux prochains appels ; pour garder une copie de votre dossier, téléchargez-le d'ici là depuis votre espace.
            """, "Télécharger mes données"),
        autres: [new("effacement_le", "la date d'effacement", "1 mars 2027")]);

    public static readonly ModeleCourriel AffectationEvaluateur = M("affectation", "Candidature confiée à un évaluateur", "à l'évaluateur à qui l'équipe confie une candidature",
        new("Une candidature à évaluer", "Nouvelle évaluation",
            """
            L'équipe du programme vous confie l'évaluation d'une candidature ({{objet}}), à rendre avant le {{date_limite}}.
            Si vous connaissez la personne, déclarez un conflit d'intérêts depuis la page de l'évaluation.
            """, "Ouvrir l'évaluation"),
        autres: [new("objet", "« premier entretien » ou « examen du dossier »", "examen du dossier"), new("date_limite", "la date limite", "15 décembre 2026")]);

    public static readonly ModeleCourriel AvisEquipe = new()
    {
        Cle = "aac.equipe", Nom = "Avis à l'équipe sur une candidature", Envoi = "à l'équipe, quand une évaluation est soumise ou un entretien réservé", Objet = ObjetModele.Candidature,
        Autres = [new("evenement", "ce qui vient d'arriver", "entretien réservé"), new("detail", "le détail (auteur, créneau)", "entretien le mardi 8 décembre 2026 à 10h00.")],
        Defaut = new("Candidature de {{prenom}} {{nom}} : {{evenement}}", "{{evenement}}", "Candidature de {{prenom}} {{nom}} : {{detail}}", "Ouvrir la candidature"),
    };

    public static IReadOnlyList<ModeleCourriel> Tous =>
    [AvisEquipe, 
        AccuseReception, InvitationPremierEntretien, NonRetenue, IntegrationVivier, PropositionCandidat, ShortlistAdministration,
        AdministrationChoisit, AdministrationEcarte, NonChoisie, Offre, OffreAcceptee, OffreDeclinee, LettreDeMission, Retrait,
        CreneauReserve, CreneauDeplace, CreneauAnnule, RappelEntretien, AvisPurge, AvisPurgeVivier, AffectationEvaluateur,
    ];
}
