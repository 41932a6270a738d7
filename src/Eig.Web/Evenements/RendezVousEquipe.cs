using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Calendrier;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;

namespace Eig.Web.Evenements;

/// <summary>
/// A call booked with the team, once booked: cancelled by the person (their link), by staff, or with the person's
/// account. Each cancellation frees the slot, sends the person the calendar file that removes the invitation (same UID
/// as the booking's, a higher sequence) and tells the team, who never had the invitation and would otherwise learn it
/// only by finding the slot free. Not saved here: the caller's SaveChanges carries the slot, the mails and the audit.
/// </summary>
public sealed class RendezVousEquipe(EigDbContext db, IClock clock, IOutbox outbox, MailTemplates mails, IAuditLog audit, AdressesEquipe equipe)
{
    public const string Titre = "Échange de 20 minutes avec l'équipe EIG";

    /// <summary>The booking's calendar file: its UID is the booking's, so the cancellation removes the invitation.</summary>
    public static OutboxAttachment Ics(ReservationCreneau r, CreneauAppel c, DateTime maintenant, bool annule = false) => new()
    {
        NomFichier = "rendez-vous.ics", TypeMime = "text/calendar",
        Contenu = Infrastructure.Calendrier.Ics.Evenement($"rendez-vous-{r.Id}@eig.numerique.gouv.fr", c.Debut, c.Fin, Titre,
            annule ? "Rendez-vous annulé." : r.Objet, null, maintenant,
            sequence: annule ? Infrastructure.Calendrier.Ics.Sequence(maintenant) : 0, annule: annule),
    };

    /// <summary>The person cancels with the link of their confirmation mail.</summary>
    public Task ParLaPersonneAsync(ReservationCreneau r, CreneauAppel c, CancellationToken ct = default) =>
        AnnulerAsync(r, c, ModelesEvenements.RendezVousAnnuleParLaPersonne, "par la personne", ct);

    /// <summary>Staff cancel (the team cannot make it): the person is invited to choose another slot.</summary>
    public Task ParLEquipeAsync(ReservationCreneau r, CreneauAppel c, CancellationToken ct = default) =>
        AnnulerAsync(r, c, ModelesEvenements.RendezVousAnnule, "par l'équipe", ct);

    /// <summary>The person deletes their account: the team is told as for any cancellation; the person gets no mail of
    /// its own here — the deletion's one mail lists it and carries the returned calendar file.</summary>
    public async Task<(string Ligne, OutboxAttachment Ics)> AvecLeCompteAsync(ReservationCreneau r, CreneauAppel c, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        await LibererAsync(r, c, "par la suppression du compte de la personne", ct, anonyme: true);
        return ($"votre rendez-vous avec l'équipe du {Fr.Creneau(c.Debut, CreneauAppel.DureeMinutes)}", Ics(r, c, now, annule: true));
    }

    private async Task AnnulerAsync(ReservationCreneau r, CreneauAppel c, ModeleCourriel modele, string par, CancellationToken ct)
    {
        var now = clock.UtcNow;
        outbox.Ajouter(r.Email, mails.Rendre(modele, new Dictionary<string, string?>
        {
            ["nom"] = r.Nom, ["creneau"] = Fr.Creneau(c.Debut, CreneauAppel.DureeMinutes), ["lien"] = mails.Lien("/rendez-vous"),
        }), Ics(r, c, now, annule: true));
        await LibererAsync(r, c, par, ct);
    }

    /// <param name="anonyme">The person deleted their account: neither the team's mail nor the audit keeps their name.</param>
    private async Task LibererAsync(ReservationCreneau r, CreneauAppel c, string par, CancellationToken ct, bool anonyme = false)
    {
        db.ReservationsCreneaux.Remove(r);
        var avis = mails.Rendre(ModelesEvenements.RendezVousAvisEquipe, new Dictionary<string, string?>
        {
            ["nom"] = anonyme ? "une personne" : r.Nom, ["email"] = anonyme ? "compte supprimé" : r.Email, ["creneau"] = Fr.Creneau(c.Debut, CreneauAppel.DureeMinutes),
            ["detail"] = $"annulé {par} ; le créneau est de nouveau libre.", ["lien"] = mails.Lien("/admin/contenus/creneaux"),
        });
        foreach (var a in await equipe.ToutesAsync(ct)) outbox.Ajouter(a, avis);
        audit.Enregistrer("rendezvous.annule", "CreneauAppel", c.Id.ToString(), anonyme ? par : $"{r.Email}, {par}");
    }
}
