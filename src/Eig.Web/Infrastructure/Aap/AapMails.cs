using System.Globalization;
using System.Text;
using Eig.Web.Domain.Dossiers;
using Eig.Web.Infrastructure.Mail;

namespace Eig.Web.Infrastructure.Aap;

/// <summary>The mails of the call for projects, queued in the outbox of the current unit of work.</summary>
public sealed class AapMails(IOutbox outbox, MailTemplates templates, DossierAcces acces)
{
    public async Task RecepisseAsync(DossierProjet d, byte[] recapitulatifPdf, CancellationToken ct = default)
    {
        var contenu = templates.Composer($"Dossier {d.Reference} déposé",
            new MailBody("Votre dossier est déposé",
                [$"Votre dossier « {d.Titre} » ({d.Reference}) a bien été déposé le {d.DeposeLe:dd/MM/yyyy} à {d.DeposeLe:HH:mm} (UTC).",
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
                 + (dateLimite is { } l ? $" Merci de soumettre votre évaluation avant le {l:dd/MM/yyyy}." : ""),
                 "Si vous avez un lien avec cette administration, déclarez un conflit d'intérêts depuis le dossier."],
                ("Évaluer le dossier", templates.Lien("/evaluation")))));

    public void Soutenance(string email, DossierProjet d, CreneauSoutenance c) =>
        outbox.Ajouter(email, templates.Composer($"Soutenance du dossier {d.Reference}",
            new MailBody("Votre soutenance est planifiée",
                [$"La soutenance du dossier « {d.Titre} » aura lieu le {c.Debut:dd/MM/yyyy} à {c.Debut:HH:mm} (UTC), durée {c.DureeMinutes} minutes.",
                 $"Lieu : {c.Lieu}", "L'invitation jointe s'ajoute à votre agenda."],
                ("Voir mon dossier", templates.Lien($"/espace-porteur/dossiers/{d.Id}")))),
            Piece("soutenance.ics", "text/calendar", Encoding.UTF8.GetBytes(Ics(d, c))));

    /// <summary>An RFC 5545 event for the soutenance; text values are escaped so a title cannot break the file.</summary>
    public static string Ics(DossierProjet d, CreneauSoutenance c)
    {
        static string Esc(string s) => s.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r", "").Replace("\n", "\\n");
        static string Utc(DateTime t) => t.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return string.Join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DINUM//EIG//FR", "METHOD:REQUEST",
            "BEGIN:VEVENT", $"UID:{c.Id}@eig", $"DTSTAMP:{Utc(c.ReserveLe ?? c.Debut)}", $"DTSTART:{Utc(c.Debut)}", $"DTEND:{Utc(c.Fin)}",
            $"SUMMARY:{Esc($"Soutenance EIG — {d.Titre}")}", $"LOCATION:{Esc(c.Lieu)}",
            "BEGIN:VALARM", "TRIGGER:-P1D", "ACTION:DISPLAY", "DESCRIPTION:Rappel de soutenance", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR", "");
    }

    private static OutboxAttachment Piece(string nom, string type, byte[] contenu) =>
        new() { NomFichier = nom, TypeMime = type, Contenu = contenu };
}
