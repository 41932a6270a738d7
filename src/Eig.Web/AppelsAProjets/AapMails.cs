using System.Globalization;
using System.Text;
using Eig.Web.AppelsAProjets;
using Eig.Web.Infrastructure.Mail;

namespace Eig.Web.AppelsAProjets;

/// <summary>The mails of the call for projects, queued in the outbox of the current unit of work, each rendered from
/// its template (<see cref="ModelesAap"/>).</summary>
public sealed class AapMails(IOutbox outbox, MailTemplates templates, DossierAcces acces)
{
    private string EspacePorteur(DossierProjet d) => templates.Lien($"/espace-porteur/dossiers/{d.Id}");

    /// <summary>A mail to the dossier's people, listed in its mail history.</summary>
    private MailContent Aux(ModeleCourriel m, DossierProjet d, string lien, params (string, string?)[] autres) =>
        templates.Rendre(m, ModelesAap.Valeurs(d, lien, autres), d.AppelId, nameof(DossierProjet), d.Id);

    public async Task RecepisseAsync(DossierProjet d, byte[] recapitulatifPdf, CancellationToken ct = default)
    {
        var contenu = Aux(ModelesAap.Recepisse, d, EspacePorteur(d), ("depose_le", Fr.DateEtHeure(d.DeposeLe)));
        foreach (var a in await acces.AdressesAsync(d.Id, ct))
            outbox.Ajouter(a, contenu, Piece($"dossier-{d.Reference}.pdf", "application/pdf", recapitulatifPdf));
    }

    public async Task ChangementStatutAsync(DossierProjet d, string? motif, CancellationToken ct = default)
    {
        // Pre-selected: the next move is the porteur's, so the mail says what to do and opens the booking page.
        var contenu = d.Etat == EtatDossier.PreSelectionne
            ? Aux(ModelesAap.PreSelection, d, templates.Lien($"/espace-porteur/dossiers/{d.Id}/soutenance"), ("motif", string.IsNullOrWhiteSpace(motif) ? "" : $"Motif : {motif}"))
            : Aux(ModelesAap.ChangementStatut, d, EspacePorteur(d), ("motif", string.IsNullOrWhiteSpace(motif) ? "" : $"Motif : {motif}"));
        foreach (var a in await acces.AdressesAsync(d.Id, ct))
            outbox.Ajouter(a, contenu);
    }

    /// <summary>The jury's decision, stated in the mail itself: what was decided, why, and for a laureate the profiles
    /// granted and what the co-financing asks of the administration.</summary>
    public async Task DecisionAsync(DossierProjet d, AppelAProjets appel, string motivation, IReadOnlyList<ProfilOctroye> profils,
        byte[] lettre, CancellationToken ct = default)
    {
        var octroi = "";
        var octroyes = profils.Where(p => p.Nombre > 0).ToList();
        if (d.Etat == EtatDossier.Laureat && octroyes.Count > 0)
        {
            octroi = "Profils octroyés : " + string.Join(", ", octroyes.Select(p => $"{Fr.Nombre(p.Nombre, "entrepreneur·e", "entrepreneur·es")} « {p.Profil} »")) + ".";
            var estimations = Cofinancement.Estimer(appel, octroyes.Sum(p => p.Nombre));
            if (estimations.Count > 0)
                octroi += $" Cofinancement : le programme prend en charge {estimations[0].Taux} % de la rémunération ; la part de votre administration est de "
                    + string.Join(" ou ", estimations.Select(e => $"{Fr.Euros(e.TotalAdministration)} sur {Cofinancement.DureeMissionMois} mois (salaire net de {Fr.Euros(e.SalaireMensuel)} par mois)")) + ".";
        }
        var contenu = Aux(ModelesAap.Decision, d, EspacePorteur(d),
            ("motivation", string.IsNullOrWhiteSpace(motivation) ? "" : $"Motivation : {motivation}"), ("octroi", octroi));
        foreach (var a in await acces.AdressesAsync(d.Id, ct))
            outbox.Ajouter(a, contenu, Piece($"decision-{d.Reference}.pdf", "application/pdf", lettre));
    }

    /// <summary>The evaluator's mail opens the review of this dossier itself (the page is keyed by the assignment).</summary>
    public void Affectation(string email, DossierProjet d, Evaluations.Affectation aff) =>
        outbox.Ajouter(email, templates.Rendre(ModelesAap.Affectation, ModelesAap.Valeurs(d, templates.Lien($"/evaluation/dossiers/{aff.Id}"),
            ("echeance", aff.DateLimite is { } l ? $"Merci de soumettre votre évaluation avant le {Fr.Date(l)}." : "")), d.AppelId, nameof(DossierProjet), d.Id));

    public void MembreJury(string email, SessionJury s, string appel) =>
        outbox.Ajouter(email, templates.Rendre(ModelesAap.MembreJury, new Dictionary<string, string?>
        {
            ["session"] = s.Titre, ["date"] = Fr.Date(s.Date), ["appel"] = appel, ["lien"] = templates.Lien($"/jury/sessions/{s.Id}"),
        }, s.AppelId));

    /// <summary>What staff are told about a dossier (filed, reviewed, slot booked): one line and the dossier's page.</summary>
    public void Equipe(IEnumerable<string> adresses, DossierProjet d, string sujet, string quoi)
    {
        var contenu = Aux(ModelesAap.AvisEquipe, d, templates.Lien($"/admin/dossiers/{d.Id}"), ("evenement", sujet), ("detail", quoi));
        foreach (var a in adresses) outbox.Ajouter(a, contenu);
    }

    /// <summary>The booking (or a change by the porteur) with its invitation; the same mail whoever booked.</summary>
    public void Soutenance(string email, DossierProjet d, CreneauSoutenance c, DateTime maintenant) =>
        outbox.Ajouter(email, Aux(ModelesAap.Soutenance, d, EspacePorteur(d), ("creneau", Fr.Creneau(c.Debut, c.DureeMinutes)), ("lieu", c.Lieu)),
            PieceIcs(d, c, maintenant));

    /// <summary>Staff moved the soutenance: the former and the new time, and the invitation that replaces the first.</summary>
    public void SoutenanceDeplacee(string email, DossierProjet d, CreneauSoutenance ancien, CreneauSoutenance nouveau, DateTime maintenant) =>
        outbox.Ajouter(email, Aux(ModelesAap.SoutenanceDeplacee, d, EspacePorteur(d), ("ancien_creneau", Fr.Creneau(ancien.Debut, ancien.DureeMinutes)),
            ("creneau", Fr.Creneau(nouveau.Debut, nouveau.DureeMinutes)), ("lieu", nouveau.Lieu)), PieceIcs(d, nouveau, maintenant));

    /// <summary>The porteur cancelled: the calendar file removes the event from their agenda.</summary>
    public void SoutenanceAnnulee(string email, DossierProjet d, CreneauSoutenance ancien, DateTime maintenant) =>
        outbox.Ajouter(email, Aux(ModelesAap.SoutenanceAnnulee, d, templates.Lien($"/espace-porteur/dossiers/{d.Id}/soutenance"),
            ("ancien_creneau", Fr.Creneau(ancien.Debut, ancien.DureeMinutes))), PieceIcs(d, ancien, maintenant, annule: true));

    internal static OutboxAttachment PieceIcs(DossierProjet d, CreneauSoutenance c, DateTime maintenant, bool annule = false) =>
        Piece("soutenance.ics", "text/calendar", Ics(d, c, maintenant, annule));

    /// <summary>The soutenance as a calendar event, with a reminder the day before. Its UID is the dossier's
    /// soutenance, not the slot's, so that the file sent after a change, a move or a cancellation replaces the first
    /// one in the porteur's calendar; the sequence grows with time for the same reason.</summary>
    public static byte[] Ics(DossierProjet d, CreneauSoutenance c, DateTime maintenant, bool annule = false) =>
        Infrastructure.Calendrier.Ics.Evenement($"soutenance-{d.Id:N}@eig.numerique.gouv.fr", c.Debut, c.Fin, $"Soutenance EIG — {d.Titre}",
            annule ? "Soutenance annulée." : "Soutenance du dossier devant le comité du programme Entrepreneurs d'intérêt général.", c.Lieu, maintenant,
            TimeSpan.FromDays(1), Infrastructure.Calendrier.Ics.Sequence(maintenant), annule);

    private static OutboxAttachment Piece(string nom, string type, byte[] contenu) =>
        new() { NomFichier = nom, TypeMime = type, Contenu = contenu };
}

/// <summary>The call for projects' automatic mails: their text as written here is the default staff start from.</summary>
public static class ModelesAap
{
    public static Dictionary<string, string?> Valeurs(DossierProjet d, string lien, params (string Nom, string? Valeur)[] autres)
    {
        var v = new Dictionary<string, string?>
        {
            ["reference"] = d.Reference, ["titre"] = d.Titre, ["administration"] = d.Administration,
            ["statut"] = EtatsDossier.Libelle(d.Etat), ["lien"] = lien,
        };
        foreach (var (nom, valeur) in autres) v[nom] = valeur;
        return v;
    }

    public static readonly ModeleCourriel Recepisse = new()
    {
        Cle = "aap.recepisse", Nom = "Récépissé de dépôt", Envoi = "aux rédacteurs du dossier, quand il est déposé (avec le récapitulatif en PDF)", Objet = ObjetModele.Dossier,
        Autres = [new("depose_le", "la date et l'heure du dépôt", "1 décembre 2026 à 14h30")],
        Defaut = new("Dossier {{reference}} déposé", "Votre dossier est déposé",
            """
            Votre dossier « {{titre}} » ({{reference}}) a bien été déposé le {{depose_le}} (heure de Paris).
            Vous pouvez le modifier jusqu'au début de son instruction. Chaque changement de statut vous sera signalé.
            Le récapitulatif de votre dossier est joint à ce message.
            """, "Suivre mon dossier"),
    };

    public static readonly ModeleCourriel ChangementStatut = new()
    {
        Cle = "aap.statut", Nom = "Changement de statut d'un dossier", Envoi = "aux rédacteurs du dossier, à chaque changement de statut", Objet = ObjetModele.Dossier,
        Autres = [new("motif", "« Motif : … » quand l'équipe en donne un, sinon rien", "Motif : la pièce budgétaire manque.")],
        Defaut = new("Dossier {{reference}} : {{statut}}", "Le statut de votre dossier a changé",
            """
            Votre dossier « {{titre}} » ({{reference}}) est désormais : {{statut}}.
            {{motif}}
            """, "Voir mon dossier"),
    };

    public static readonly ModeleCourriel Decision = new()
    {
        Cle = "aap.decision", Nom = "Décision du jury publiée", Envoi = "aux rédacteurs du dossier, quand la décision du jury est publiée (avec la lettre)", Objet = ObjetModele.Dossier,
        Autres = [new("motivation", "« Motivation : … », la motivation du jury", "Motivation : un problème majeur et un terrain prêt."),
                  new("octroi", "pour un lauréat, les profils octroyés et la part du cofinancement de l'administration, sinon rien",
                      "Profils octroyés : 1 entrepreneur·e « Directeur ou directrice de produit ».")],
        Defaut = new("Décision sur le dossier {{reference}} : {{statut}}", "La décision du jury est publiée",
            """
            Le jury a délibéré sur votre dossier « {{titre}} » ({{reference}}). Décision : {{statut}}.
            {{motivation}}
            {{octroi}}
            La lettre de décision est jointe à ce message ; vous la retrouvez aussi sur votre espace.
            """, "Voir la décision"),
    };

    public static readonly ModeleCourriel PreSelection = new()
    {
        Cle = "aap.preselection", Nom = "Dossier pré-sélectionné : réserver la soutenance", Envoi = "aux rédacteurs du dossier, quand l'équipe le pré-sélectionne pour une soutenance", Objet = ObjetModele.Dossier,
        Autres = [new("motif", "« Motif : … » quand l'équipe en donne un, sinon rien", "Motif : un terrain prêt et un sponsor présent.")],
        Defaut = new("Dossier {{reference}} : {{statut}}", "Votre dossier est pré-sélectionné : réservez votre soutenance",
            """
            Votre dossier « {{titre}} » ({{reference}}) est désormais : {{statut}}.
            {{motif}}
            Prochaine étape : réservez le créneau de votre soutenance devant le comité. Si aucun créneau n'est encore proposé, la page vous le dira ; vous recevrez l'invitation dès votre réservation.
            """, "Réserver ma soutenance"),
    };

    public static readonly ModeleCourriel Affectation = new()
    {
        Cle = "aap.affectation", Nom = "Dossier confié à un évaluateur", Envoi = "à l'évaluateur à qui l'équipe confie un dossier", Objet = ObjetModele.Dossier,
        Autres = [new("echeance", "la phrase sur la date limite, quand il y en a une", "Merci de soumettre votre évaluation avant le 15 décembre 2026.")],
        Defaut = new("Nouveau dossier à évaluer : {{reference}}", "Un dossier vous est confié",
            """
            Le dossier « {{titre}} » ({{reference}}) vous est confié pour évaluation. {{echeance}}
            Si vous avez un lien avec cette administration, déclarez un conflit d'intérêts depuis le dossier.
            """, "Évaluer le dossier"),
    };

    public static readonly ModeleCourriel Soutenance = new()
    {
        Cle = "aap.soutenance", Nom = "Soutenance planifiée", Envoi = "aux rédacteurs du dossier, quand un créneau de soutenance est réservé (avec l'invitation .ics)", Objet = ObjetModele.Dossier,
        Autres = [new("creneau", "le jour et l'heure de la soutenance", "mardi 8 décembre 2026 de 10h00 à 10h45"), new("lieu", "le lieu ou le lien de visio", "DINUM, 20 avenue de Ségur, Paris")],
        Defaut = new("Soutenance du dossier {{reference}}", "Votre soutenance est planifiée",
            """
            La soutenance du dossier « {{titre}} » aura lieu le {{creneau}}.
            Lieu : {{lieu}}
            L'invitation jointe s'ajoute à votre agenda.
            """, "Voir mon dossier"),
    };

    public static readonly ModeleCourriel SoutenanceDeplacee = new()
    {
        Cle = "aap.soutenance-deplacee", Nom = "Soutenance déplacée par l'équipe", Envoi = "aux rédacteurs du dossier, quand l'équipe déplace la soutenance (avec la nouvelle invitation .ics)", Objet = ObjetModele.Dossier,
        Autres = [new("ancien_creneau", "le jour et l'heure prévus jusque-là", "lundi 7 décembre 2026 de 14h00 à 14h45"), .. Soutenance.Autres],
        Defaut = new("Soutenance du dossier {{reference}} déplacée", "Votre soutenance est déplacée",
            """
            L'équipe du programme a déplacé la soutenance du dossier « {{titre}} », prévue le {{ancien_creneau}}.
            Elle aura lieu le {{creneau}} (heure de Paris).
            Lieu : {{lieu}}
            L'invitation jointe remplace la précédente dans votre agenda.
            """, "Voir mon dossier"),
    };

    public static readonly ModeleCourriel SoutenanceAnnulee = new()
    {
        Cle = "aap.soutenance-annulee", Nom = "Soutenance annulée par le porteur", Envoi = "aux rédacteurs du dossier, quand le porteur annule sa soutenance (le fichier .ics la retire de l'agenda)", Objet = ObjetModele.Dossier,
        Autres = [new("ancien_creneau", "le jour et l'heure prévus jusque-là", "lundi 7 décembre 2026 de 14h00 à 14h45")],
        Defaut = new("Soutenance du dossier {{reference}} annulée", "Votre soutenance est annulée",
            """
            La soutenance du dossier « {{titre}} » prévue le {{ancien_creneau}} est annulée ; le créneau est proposé à d'autres.
            Le fichier joint la retire de votre agenda. Choisissez un nouveau créneau tant qu'il en reste.
            """, "Choisir un créneau"),
    };

    public static readonly ModeleCourriel RappelSoutenance = new()
    {
        Cle = "aap.rappel-soutenance", Nom = "Rappel de soutenance la veille", Envoi = "aux rédacteurs du dossier, la veille de la soutenance", Objet = ObjetModele.Dossier,
        Autres = Soutenance.Autres,
        Defaut = new("Rappel : soutenance du dossier {{reference}}", "Votre soutenance a lieu demain",
            """
            La soutenance du dossier « {{titre}} » a lieu le {{creneau}}.
            Lieu : {{lieu}}
            """, "Voir mon dossier"),
    };

    public static readonly ModeleCourriel RelanceEvaluation = new()
    {
        Cle = "aap.relance-evaluation", Nom = "Relance d'une évaluation attendue", Envoi = "à l'évaluateur, quelques jours avant sa date limite", Objet = ObjetModele.Dossier,
        Autres = [new("date_limite", "la date limite de l'évaluation", "15 décembre 2026")],
        Defaut = new("Rappel : évaluation du dossier {{reference}}", "Votre évaluation est attendue",
            """
            L'évaluation du dossier « {{titre}} » est attendue avant le {{date_limite}}.
            Votre brouillon est conservé : vous pouvez le reprendre où vous l'avez laissé.
            """, "Reprendre l'évaluation"),
    };

    public static readonly ModeleCourriel MessageEquipe = new()
    {
        Cle = "aap.message-equipe", Nom = "Message de l'équipe sur un dossier", Envoi = "aux rédacteurs du dossier, quand l'équipe leur écrit dans la messagerie", Objet = ObjetModele.Dossier,
        Defaut = new("Nouveau message sur le dossier {{reference}}", "Vous avez un nouveau message",
            """
            L'équipe du programme vous a écrit au sujet du dossier « {{titre}} ».
            Pour le lire et répondre, ouvrez le dossier sur la plateforme.
            """, "Lire le message"),
    };

    public static readonly ModeleCourriel MessagePorteur = new()
    {
        Cle = "aap.message-porteur", Nom = "Message d'un porteur à l'équipe", Envoi = "à l'équipe, quand un porteur écrit dans la messagerie du dossier", Objet = ObjetModele.Dossier,
        Defaut = new("Nouveau message sur le dossier {{reference}}", "Vous avez un nouveau message",
            """
            Le porteur du dossier « {{titre}} » a écrit à l'équipe.
            Pour le lire et répondre, ouvrez le dossier sur la plateforme.
            """, "Lire le message"),
    };

    public static readonly ModeleCourriel CoEditeur = new()
    {
        Cle = "aap.co-editeur", Nom = "Dossier partagé avec un co-rédacteur", Envoi = "à la personne qu'un porteur ajoute comme rédacteur de son dossier", Objet = ObjetModele.Dossier,
        Defaut = new("Vous pouvez modifier le dossier {{reference}}", "Un dossier vous est partagé",
            "Vous pouvez désormais consulter et modifier le dossier « {{titre}} » avec ses autres rédacteurs.", "Ouvrir le dossier"),
    };

    public static readonly ModeleCourriel MembreJury = new()
    {
        Cle = "aap.jury-membre", Nom = "Membre ajouté à une session de jury", Envoi = "à la personne que l'équipe ajoute à une session de jury", Objet = ObjetModele.Autre,
        Autres = [new("session", "le titre de la session", "Jury de printemps"), new("date", "la date de la session", "15 décembre 2026"),
                  new("appel", "le titre de l'appel à projets", "Appel à projets 2027")],
        Defaut = new("Vous siégez au jury du {{date}}", "Vous êtes membre d'une session de jury",
            """
            L'équipe du programme vous a ajouté·e à la session « {{session}} » du {{date}} ({{appel}}).
            Vous y trouverez l'ordre du jour, chaque dossier avec ses évaluations et sa soutenance, et le formulaire de décision.
            """, "Ouvrir la session"),
    };

    public static readonly ModeleCourriel AvisEquipe = new()
    {
        Cle = "aap.equipe", Nom = "Avis à l'équipe sur un dossier", Envoi = "à l'équipe, quand un dossier est déposé, une évaluation soumise ou une soutenance réservée", Objet = ObjetModele.Dossier,
        Autres = [new("evenement", "ce qui vient d'arriver", "nouveau dossier déposé"),
                  new("detail", "le détail (date, auteur, créneau)", "déposé le 1 décembre 2026 à 14h30, il attend le début de son instruction.")],
        Defaut = new("{{reference}} : {{evenement}}", "{{evenement}}",
            "Dossier « {{titre}} » ({{reference}}, {{administration}}) : {{detail}}", "Ouvrir le dossier"),
    };

    public static IReadOnlyList<ModeleCourriel> Tous =>
        [Recepisse, ChangementStatut, PreSelection, Decision, Affectation, Soutenance, SoutenanceDeplacee, SoutenanceAnnulee, RappelSoutenance, RelanceEvaluation, MessageEquipe, MessagePorteur, CoEditeur,
         MembreJury, AvisEquipe];
}
