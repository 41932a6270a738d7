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
        var contenu = templates.Composer($"Dossier {d.Reference} : {EtatsDossier.Libelle(d.Etat)}",
            new MailBody("Le statut de votre dossier a changé", paragraphes,
                ("Voir mon dossier", templates.Lien($"/espace-porteur/dossiers/{d.Id}"))));
        foreach (var a in await acces.AdressesAsync(d.Id, ct))
            outbox.Ajouter(a, contenu);
    }

    public async Task DecisionAsync(DossierProjet d, byte[] lettre, CancellationToken ct = default)
    {
        var contenu = templates.Composer($"Décision sur le dossier {d.Reference}",
            new MailBody("La décision du jury est publiée",
                [$"Le jury a délibéré sur votre dossier « {d.Titre} » ({d.Reference}).",
                 "La lettre de décision est jointe à ce message ; vous la retrouvez aussi sur votre espace."],
                ("Voir la décision", templates.Lien($"/espace-porteur/dossiers/{d.Id}"))));
        foreach (var a in await acces.AdressesAsync(d.Id, ct))
            outbox.Ajouter(a, contenu, Piece($"decision-{d.Reference}.pdf", "application/pdf", lettre));
    }

    public void Affectation(string email, DossierProjet d, DateTime? dateLimite) =>
        outbox.Ajouter(email, templates.Composer($"Nouveau dossier à évaluer : {d.Reference}",
            new MailBody("Un dossier vous est confié",
                [$"Le dossier « {d.Titre} » ({d.Reference}) vous est confié pour évaluation."
                 + (dateLimite is { } l ? $" Merci de soumettre votre évaluation avant le {Fr.Date(l)}." : ""),
                 "Si vous avez un lien avec cette administration, déclarez un conflit d'intérêts depuis le dossier."],
                ("Évaluer le dossier", templates.Lien("/evaluation")))));

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
