using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Calendrier;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Candidatures;

/// <summary>
/// What happens to an interview booking after it is made: the person books, cancels or changes it until the
/// series' delay; staff move it to another free slot of the same interview; the day before, a reminder. Each change
/// is one SaveChanges over the slots' version tokens: the old slot freed and the new one taken together or not at all,
/// so two people aiming at one slot end with one booking, and a slot is never left half-moved. Each change is audited.
/// </summary>
public sealed class ReservationsEntretiens(EigDbContext db, IClock clock, IOutbox outbox, CandidaturesMails mails, IAuditLog audit, AdressesEquipe equipe)
{
    public const string DejaPris = "Ce créneau vient d'être réservé par quelqu'un d'autre. Choisissez-en un autre.";

    /// <summary>Both slots are for the same interview (the same sprint and profile, or the same défi).</summary>
    public static bool MemeEntretien(Creneau a, Creneau b) =>
        a.Type == b.Type && (a.Type == TypeEntretien.Premier ? a.SprintId == b.SprintId && a.ProfilId == b.ProfilId : a.DefiId == b.DefiId);

    /// <summary>The calendar file of a booking. Its UID is the booking's (the candidature and the interview), not
    /// the slot's, so that the file sent after a move replaces the first one in the person's calendar; the sequence
    /// grows with time for the same reason.</summary>
    /// <param name="candidatureId">The booking's candidature (given for a cancellation: the slot no longer has it).</param>
    public static byte[] Ics(Creneau c, DateTime maintenant, Guid? candidatureId = null, bool annule = false)
    {
        var quoi = c.Type == TypeEntretien.Premier ? "premier" : $"mission-{c.DefiId:N}";
        return Infrastructure.Calendrier.Ics.Evenement($"entretien-{candidatureId ?? c.CandidatureId:N}-{quoi}@eig.numerique.gouv.fr", c.Debut, c.Fin,
            "Entretien — Entrepreneurs d'intérêt général",
            annule ? "Entretien annulé." : "Entretien d'une heure dans le cadre de votre candidature au programme EIG.",
            c.Modalites, maintenant, TimeSpan.FromDays(1), Infrastructure.Calendrier.Ics.Sequence(maintenant), annule);
    }

    private static OutboxAttachment PieceJointe(Creneau c, DateTime maintenant, Guid? candidatureId = null, bool annule = false) =>
        new() { NomFichier = "entretien-eig.ics", TypeMime = "text/calendar", Contenu = Ics(c, maintenant, candidatureId, annule) };

    public async Task ReserverAsync(Creneau creneau, Candidature candidature)
    {
        var now = clock.UtcNow;
        var dejaReserve = await db.Creneaux.AnyAsync(c => c.CandidatureId == candidature.Id && c.Type == creneau.Type
                                                          && (creneau.Type == TypeEntretien.Premier || c.DefiId == creneau.DefiId));
        creneau.Reserver(candidature, dejaReserve, now);
        outbox.Ajouter(candidature.Email, mails.CreneauReserve(candidature, creneau), PieceJointe(creneau, now));
        await PrevenirEquipeAsync(candidature, "entretien réservé", $"{Libelle(creneau)} le {Fr.DateHeure(creneau.Debut)} (heure de Paris).");
        audit.Enregistrer("candidature.creneau-reserve", nameof(Creneau), creneau.Id.ToString(), candidature.Id.ToString());
        await EnregistrerAsync();
    }

    /// <summary>The person cancels their booking (until the delay); the slot goes back to others.</summary>
    public async Task AnnulerAsync(Creneau creneau, Candidature candidature)
    {
        var now = clock.UtcNow;
        creneau.Annuler(candidature.Id, now);
        await AnnonceAnnulationAsync(creneau, candidature, now, "annulé par la personne");
        await EnregistrerAsync();
    }

    /// <summary>The person withdraws the candidature or deletes their account: each interview still to come is
    /// cancelled whatever the delay (nobody will come), told as their own cancellation is — the team, and the calendar
    /// file that removes it sent to the address the invitation went to. Past interviews stay with the candidature.
    /// Saved by the caller.</summary>
    /// <param name="par">Why, for the team: "par le retrait de la candidature".</param>
    /// <param name="avecLeCompte">The account is being deleted: the person's mail is the deletion's one, which lists
    /// the interview and carries its calendar file.</param>
    public async Task<int> AnnulerAVenirAsync(Candidature candidature, string par, Comptes.AnnulationsDuCompte? avecLeCompte = null)
    {
        var now = clock.UtcNow;
        var aVenir = await db.Creneaux.Where(c => c.CandidatureId == candidature.Id && c.Debut > now).ToListAsync();
        foreach (var creneau in aVenir)
        {
            creneau.Liberer();
            await AnnonceAnnulationAsync(creneau, candidature, now, $"annulé {par}", avecLeCompte);
        }
        return aVenir.Count;
    }

    private async Task AnnonceAnnulationAsync(Creneau creneau, Candidature candidature, DateTime now, string par, Comptes.AnnulationsDuCompte? avecLeCompte = null)
    {
        // The person is told too, with the calendar file that removes the interview from their agenda.
        var calendrier = PieceJointe(creneau, now, candidature.Id, annule: true);
        if (avecLeCompte is not null) avecLeCompte.Ajouter($"votre {Libelle(creneau)} du {Fr.DateHeure(creneau.Debut)}", calendrier);
        else outbox.Ajouter(candidature.Email, mails.CreneauAnnule(candidature, creneau), calendrier);
        await PrevenirEquipeAsync(candidature, "entretien annulé", $"{Libelle(creneau)} du {Fr.DateHeure(creneau.Debut)} {par} ; le créneau est de nouveau libre.");
        audit.Enregistrer("candidature.creneau-annule", nameof(Creneau), creneau.Id.ToString(), candidature.Id.ToString());
    }

    /// <summary>The person takes another free slot of the same interview in place of theirs (until the delay).</summary>
    public async Task ChangerAsync(Creneau ancien, Creneau nouveau, Candidature candidature)
    {
        var now = clock.UtcNow;
        if (!MemeEntretien(ancien, nouveau) || nouveau.Id == ancien.Id)
            throw new DomainException("Choisissez un autre créneau du même entretien.");
        ancien.Annuler(candidature.Id, now);
        nouveau.Reserver(candidature, dejaReserve: false, now);
        outbox.Ajouter(candidature.Email, mails.CreneauReserve(candidature, nouveau), PieceJointe(nouveau, now));
        await PrevenirEquipeAsync(candidature, "entretien changé", $"{Libelle(nouveau)} déplacé par la personne du {Fr.DateHeure(ancien.Debut)} au {Fr.DateHeure(nouveau.Debut)} (heure de Paris).");
        audit.Enregistrer("candidature.creneau-change", nameof(Creneau), nouveau.Id.ToString(), $"{candidature.Id} ; avant : {ancien.Id}");
        await EnregistrerAsync();
    }

    /// <summary>Staff move a booking to another free slot of the same interview, whatever the delay; the person gets
    /// the new time and calendar file.</summary>
    public async Task DeplacerAsync(Creneau ancien, Creneau nouveau)
    {
        var now = clock.UtcNow;
        if (ancien.CandidatureId is not { } candidatureId)
            throw new DomainException("Ce créneau n'est plus réservé : il n'y a rien à déplacer.");
        if (!MemeEntretien(ancien, nouveau) || nouveau.Id == ancien.Id)
            throw new DomainException("Choisissez un autre créneau du même entretien.");
        var candidature = await db.Candidatures.FirstAsync(c => c.Id == candidatureId);
        ancien.Liberer();
        nouveau.Reserver(candidature, dejaReserve: false, now);
        outbox.Ajouter(candidature.Email, mails.CreneauDeplace(candidature, ancien, nouveau), PieceJointe(nouveau, now));
        audit.Enregistrer("candidature.creneau-deplace", nameof(Creneau), nouveau.Id.ToString(),
            $"{candidature.Id} ; du {Fr.DateHeure(ancien.Debut)} au {Fr.DateHeure(nouveau.Debut)} ; avant : {ancien.Id}");
        await EnregistrerAsync();
    }

    /// <summary>The day-before reminders: every booked interview of the next day in Paris that has not had its
    /// reminder. Each is claimed by one conditional update in the transaction that queues its mail, so two instances
    /// (or a re-run) never send one twice, and a crash before the commit leaves it to the next run.</summary>
    public async Task<int> EnvoyerRappelsAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var (de, a) = Fr.Lendemain(now);
        var dus = await db.Creneaux.AsNoTracking()
            .Where(c => c.CandidatureId != null && c.RappelEnvoyeLe == null && c.Debut >= de && c.Debut < a && c.Debut > now)
            .ToListAsync(ct);
        var envoyes = 0;
        foreach (var c in dus)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var pris = await db.Creneaux.Where(x => x.Id == c.Id && x.CandidatureId == c.CandidatureId && x.RappelEnvoyeLe == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.RappelEnvoyeLe, now), ct);
            if (pris == 0) continue;
            var candidature = await db.Candidatures.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.CandidatureId, ct);
            if (candidature is null) continue;
            outbox.Ajouter(candidature.Email, mails.RappelEntretien(candidature, c));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            envoyes++;
        }
        if (envoyes > 0)
        {
            audit.Enregistrer("candidature.rappels-entretiens", details: Fr.Nombre(envoyes, "rappel", "rappels"));
            await db.SaveChangesAsync(ct);
        }
        return envoyes;
    }

    private static string Libelle(Creneau c) => c.Type == TypeEntretien.Mission ? "entretien de mission" : "premier entretien";

    private async Task PrevenirEquipeAsync(Candidature c, string sujet, string quoi)
    {
        var avis = mails.Equipe(c, sujet, quoi);
        foreach (var a in await equipe.ToutesAsync()) outbox.Ajouter(a, avis);
    }

    /// <summary>A slot changed by someone else since it was read is the one refusal people meet here: said as such.</summary>
    private async Task EnregistrerAsync()
    {
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateConcurrencyException) { throw new DomainException(DejaPris); }
    }
}
