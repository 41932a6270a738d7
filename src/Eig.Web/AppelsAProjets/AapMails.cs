using System.Globalization;
using System.Text;
using Eig.Web.AppelsAProjets;
using Eig.Web.Infrastructure.Mail;

namespace Eig.Web.AppelsAProjets;

/// <summary>The mails of the call for projects, queued in the outbox of the current unit of work.</summary>
public sealed class AapMails(IOutbox outbox, MailTemplates templates, DossierAcces acces)
{
    public async Task RecepisseAsync(DossierProjet d, byte[] recapitulatifPdf, CancellationToken ct = default)
    {
        var contenu = templates.Composer($"Dossier {d.Reference} déposé",
            new MailBody("Votre dossier est déposé",
                [$"Votre dossier « {d.Titre} » ({d.Reference}) a bien été déposé le {Fr.DateEtHeure(d.DeposeLe)} (heure de Paris).",
                 "Vous pouvez le modifier jusqu'au début de son instruction. Chaque changement de statut vous sera signalé.",
                 "Le récapitulatif de votre dossier est joint à ce message."],
                ("Suivre mon dossier", templates.Lien($"/espace-porteur/dossiers/{d.Id}"))));
        foreach (var a in await acces.AdressesAsync(d.Id, ct))
            outbox.Ajouter(a, contenu, Piece($"dossier-{d.Reference}.pdf", "application/pdf", recapitulatifPdf));
    }

    public async Task ChangementStatutAsync(DossierProjet d, string? motif, CancellationToken ct = default)
    {
        var paragraphes = new List<string> { $"Votre dossier « {d.Titre} » ({d.Reference}) est désormais : {EtatsDossier.Libelle(d.Etat)}." };
        if (!string.IsNullOrWhiteSpace(motif)) paragraphes.Add($"Motif : {motif}");
        // Pre-selected: the next move is the porteur's, so the mail says what to do and opens the booking page.
        var preselection = d.Etat == EtatDossier.PreSelectionne;
        if (preselection)
            paragraphes.Add("Prochaine étape : réservez le créneau de votre soutenance devant le comité. Si aucun créneau n'est encore proposé, la page vous le dira ; vous recevrez l'invitation dès votre réservation.");
        var contenu = templates.Composer($"Dossier {d.Reference} : {EtatsDossier.Libelle(d.Etat)}",
            new MailBody(preselection ? "Votre dossier est pré-sélectionné : réservez votre soutenance" : "Le statut de votre dossier a changé", paragraphes,
                preselection ? ("Réserver ma soutenance", templates.Lien($"/espace-porteur/dossiers/{d.Id}/soutenance"))
                             : ("Voir mon dossier", templates.Lien($"/espace-porteur/dossiers/{d.Id}"))));
        foreach (var a in await acces.AdressesAsync(d.Id, ct))
            outbox.Ajouter(a, contenu);
    }

    /// <summary>The jury's decision, stated in the mail itself (not only in the attached letter): what was decided,
    /// why, and for a laureate the profiles granted and what the co-financing asks of the administration.</summary>
    public async Task DecisionAsync(DossierProjet d, AppelAProjets appel, string motivation, IReadOnlyList<ProfilOctroye> profils,
        byte[] lettre, CancellationToken ct = default)
    {
        var paragraphes = new List<string>
        {
            $"Le jury a délibéré sur votre dossier « {d.Titre} » ({d.Reference}). Décision : {EtatsDossier.Libelle(d.Etat)}.",
            d.Etat switch
            {
                EtatDossier.Laureat => "Félicitations : votre administration est lauréate du programme.",
                EtatDossier.NonRetenu => "Le jury n'a pas retenu votre projet.",
                _ => "Votre dossier est classé sans suite.",
            },
        };
        if (!string.IsNullOrWhiteSpace(motivation)) paragraphes.Add($"Motivation : {motivation}");
        var octroyes = profils.Where(p => p.Nombre > 0).ToList();
        if (d.Etat == EtatDossier.Laureat && octroyes.Count > 0)
        {
            paragraphes.Add("Profils octroyés : " + string.Join(", ", octroyes.Select(p => $"{Fr.Nombre(p.Nombre, "entrepreneur·e", "entrepreneur·es")} « {p.Profil} »")) + ".");
            var estimations = Cofinancement.Estimer(appel, octroyes.Sum(p => p.Nombre));
            if (estimations.Count > 0)
                paragraphes.Add($"Cofinancement : le programme prend en charge {estimations[0].Taux} % de la rémunération ; la part de votre administration est de "
                    + string.Join(" ou ", estimations.Select(e => $"{Fr.Euros(e.TotalAdministration)} sur {Cofinancement.DureeMissionMois} mois (salaire net de {Fr.Euros(e.SalaireMensuel)} par mois)")) + ".");
        }
        paragraphes.Add("La lettre de décision est jointe à ce message ; vous la retrouvez aussi sur votre espace.");
        var contenu = templates.Composer($"Décision sur le dossier {d.Reference} : {EtatsDossier.Libelle(d.Etat)}",
            new MailBody("La décision du jury est publiée", paragraphes,
                ("Voir la décision", templates.Lien($"/espace-porteur/dossiers/{d.Id}"))));
        foreach (var a in await acces.AdressesAsync(d.Id, ct))
            outbox.Ajouter(a, contenu, Piece($"decision-{d.Reference}.pdf", "application/pdf", lettre));
    }

    /// <summary>The evaluator's mail opens the review of this dossier itself (the page is keyed by the assignment).</summary>
    public void Affectation(string email, DossierProjet d, Evaluations.Affectation aff) =>
        outbox.Ajouter(email, templates.Composer($"Nouveau dossier à évaluer : {d.Reference}",
            new MailBody("Un dossier vous est confié",
                [$"Le dossier « {d.Titre} » ({d.Reference}) vous est confié pour évaluation."
                 + (aff.DateLimite is { } l ? $" Merci de soumettre votre évaluation avant le {Fr.Date(l)}." : ""),
                 "Si vous avez un lien avec cette administration, déclarez un conflit d'intérêts depuis le dossier."],
                ("Évaluer le dossier", templates.Lien($"/evaluation/dossiers/{aff.Id}")))));

    public void MembreJury(string email, SessionJury s, string appel) =>
        outbox.Ajouter(email, templates.Composer($"Vous siégez au jury du {Fr.Date(s.Date)}",
            new MailBody("Vous êtes membre d'une session de jury",
                [$"L'équipe du programme vous a ajouté·e à la session « {s.Titre} » du {Fr.Date(s.Date)} ({appel}).",
                 "Vous y trouverez l'ordre du jour, chaque dossier avec ses évaluations et sa soutenance, et le formulaire de décision."],
                ("Ouvrir la session", templates.Lien($"/jury/sessions/{s.Id}")))));

    /// <summary>What staff are told about a dossier (filed, reviewed, slot booked): one line and the dossier's page.</summary>
    public void Equipe(IEnumerable<string> adresses, DossierProjet d, string sujet, string quoi)
    {
        var contenu = templates.Composer($"{d.Reference} : {sujet}",
            new MailBody(sujet, [$"Dossier « {d.Titre} » ({d.Reference}, {d.Administration}) : {quoi}"],
                ("Ouvrir le dossier", templates.Lien($"/admin/dossiers/{d.Id}"))));
        foreach (var a in adresses) outbox.Ajouter(a, contenu);
    }

    public void Soutenance(string email, DossierProjet d, CreneauSoutenance c) =>
        outbox.Ajouter(email, templates.Composer($"Soutenance du dossier {d.Reference}",
            new MailBody("Votre soutenance est planifiée",
                [$"La soutenance du dossier « {d.Titre} » aura lieu le {Fr.Creneau(c.Debut, c.DureeMinutes)}.",
                 $"Lieu : {c.Lieu}", "L'invitation jointe s'ajoute à votre agenda."],
                ("Voir mon dossier", templates.Lien($"/espace-porteur/dossiers/{d.Id}")))),
            Piece("soutenance.ics", "text/calendar", Ics(d, c)));

    /// <summary>The soutenance as a calendar event, with a reminder the day before.</summary>
    public static byte[] Ics(DossierProjet d, CreneauSoutenance c) =>
        Infrastructure.Calendrier.Ics.Evenement($"soutenance-{c.Id}@eig.numerique.gouv.fr", c.Debut, c.Fin, $"Soutenance EIG — {d.Titre}",
            "Soutenance du dossier devant le comité du programme Entrepreneurs d'intérêt général.", c.Lieu, c.ReserveLe ?? c.Debut,
            TimeSpan.FromDays(1));

    private static OutboxAttachment Piece(string nom, string type, byte[] contenu) =>
        new() { NomFichier = nom, TypeMime = type, Contenu = contenu };
}
