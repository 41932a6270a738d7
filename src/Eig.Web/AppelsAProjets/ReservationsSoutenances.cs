using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>
/// What happens to a soutenance booking, in the shape of the interviews' (Candidatures/ReservationsEntretiens): the
/// porteur books, changes or cancels it until the series' delay; staff assign a slot or move a booking to another free
/// slot of the same call; the day before, a reminder. Each change is one SaveChanges over the slots' version tokens:
/// the old slot freed and the new one taken together or not at all, so two porteurs aiming at one slot end with one
/// booking and nobody is left without theirs. Each change is audited and mailed with the calendar file that replaces
/// (or, for a cancellation, removes) the one sent before.
/// </summary>
public sealed class ReservationsSoutenances(EigDbContext db, IClock clock, AapMails mails, DossierAcces acces, IAuditLog audit,
    AdressesEquipe equipe, MailTemplates templates, IOutbox outbox)
{
    public const string DejaPris = "Ce créneau vient d'être réservé par une autre administration. Choisissez-en un autre.";

    /// <summary>The free slots a booking of this call may move to, soonest first.</summary>
    public IQueryable<CreneauSoutenance> Libres(Guid appelId) =>
        db.CreneauxSoutenance.Where(c => c.AppelId == appelId && c.DossierId == null && c.Debut > clock.UtcNow).OrderBy(c => c.Debut);

    /// <param name="parLePorteur">Booked by the porteur: the team is told; assigned by staff: they know.</param>
    public async Task ReserverAsync(CreneauSoutenance creneau, DossierProjet dossier, Guid parId, bool parLePorteur, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        if (await db.CreneauxSoutenance.AnyAsync(c => c.DossierId == dossier.Id && c.Id != creneau.Id, ct))
            throw new DomainException(parLePorteur
                ? "Un créneau est déjà réservé pour ce dossier : changez-le depuis la page de la soutenance."
                : "Ce dossier a déjà un créneau de soutenance : déplacez-le plutôt.");
        creneau.Reserver(dossier, now);
        if (dossier.Etat == EtatDossier.PreSelectionne) dossier.ConvoquerEnSoutenance(parId, now);
        foreach (var email in await acces.AdressesAsync(dossier.Id, ct))
            mails.Soutenance(email, dossier, creneau, now);
        if (parLePorteur)
            mails.Equipe(await equipe.ToutesAsync(ct), dossier, "créneau de soutenance réservé", $"soutenance le {Fr.Creneau(creneau.Debut, creneau.DureeMinutes)} — {creneau.Lieu}.");
        audit.Enregistrer("soutenance.reserver", nameof(DossierProjet), dossier.Id.ToString(), Fr.DateEtHeure(creneau.Debut));
        await EnregistrerAsync(ct);
    }

    /// <summary>The porteur takes another free slot of the call in place of theirs (until the delay).</summary>
    public async Task ChangerAsync(CreneauSoutenance ancien, CreneauSoutenance nouveau, DossierProjet dossier, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        if (nouveau.AppelId != ancien.AppelId || nouveau.Id == ancien.Id)
            throw new DomainException("Choisissez un autre créneau de soutenance de cet appel.");
        ancien.Annuler(dossier.Id, now);
        nouveau.Reserver(dossier, now);
        foreach (var email in await acces.AdressesAsync(dossier.Id, ct))
            mails.Soutenance(email, dossier, nouveau, now);
        mails.Equipe(await equipe.ToutesAsync(ct), dossier, "soutenance changée",
            $"déplacée par le porteur du {Fr.Creneau(ancien.Debut, ancien.DureeMinutes)} au {Fr.Creneau(nouveau.Debut, nouveau.DureeMinutes)} — {nouveau.Lieu}.");
        audit.Enregistrer("soutenance.changer", nameof(DossierProjet), dossier.Id.ToString(),
            $"du {Fr.DateEtHeure(ancien.Debut)} au {Fr.DateEtHeure(nouveau.Debut)} ; créneau {nouveau.Id}, avant : {ancien.Id}");
        await EnregistrerAsync(ct);
    }

    /// <summary>The porteur cancels (until the delay): the slot goes back to others, and the dossier is pre-selected
    /// again (<see cref="DossierProjet.AnnulerSoutenance"/>): its page offers the free slots, staff see it among the
    /// dossiers without a slot.</summary>
    public async Task AnnulerAsync(CreneauSoutenance creneau, DossierProjet dossier, Guid parId, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        creneau.Annuler(dossier.Id, now);
        await AnnonceAnnulationAsync(creneau, dossier, parId, "par le porteur", prevenirLEquipe: true, now, ct);
        await EnregistrerAsync(ct);
    }

    /// <summary>Staff cancel a booking still to come, whatever the delay (the porteur asked through the messages, the
    /// date no longer suits): the porteur is told and books another slot.</summary>
    public async Task AnnulerParLEquipeAsync(CreneauSoutenance creneau, Guid parId, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        if (creneau.DossierId is not { } dossierId)
            throw new DomainException("Ce créneau n'est plus réservé : il n'y a rien à annuler.");
        if (creneau.Debut <= now)
            throw new DomainException("Cette soutenance a déjà eu lieu : elle ne s'annule plus.");
        var dossier = await db.DossiersProjets.FirstAsync(d => d.Id == dossierId, ct);
        creneau.Liberer();
        await AnnonceAnnulationAsync(creneau, dossier, parId, "par l'équipe du programme", prevenirLEquipe: false, now, ct);
        await EnregistrerAsync(ct);
    }

    /// <summary>The porteur deletes their account and nobody else carries the dossier on: nobody will come, so the
    /// soutenance still to come is cancelled whatever the delay, told as any cancellation (the team, and the calendar
    /// file to the porteur's address, read before the account goes). Saved by the caller's deletion.</summary>
    /// <param name="avecLeCompte">The porteur's mail is the deletion's one, which lists the soutenance and carries its
    /// calendar file.</param>
    public async Task AnnulerSansPorteurAsync(DossierProjet dossier, Guid parId, Comptes.AnnulationsDuCompte avecLeCompte, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        if (await db.CreneauxSoutenance.FirstOrDefaultAsync(c => c.DossierId == dossier.Id && c.Debut > now, ct) is not { } creneau) return;
        creneau.Liberer();
        await AnnonceAnnulationAsync(creneau, dossier, parId, "avec le compte de son porteur, supprimé", prevenirLEquipe: true, now, ct, avecLeCompte);
    }

    private async Task AnnonceAnnulationAsync(CreneauSoutenance creneau, DossierProjet dossier, Guid parId, string par, bool prevenirLEquipe,
        DateTime now, CancellationToken ct, Comptes.AnnulationsDuCompte? avecLeCompte = null)
    {
        var quand = Fr.Creneau(creneau.Debut, creneau.DureeMinutes);
        // Still called to the soutenance it no longer has: back to pre-selected, in the dossier's history.
        var retour = dossier.Etat == EtatDossier.Soutenance;
        if (retour) dossier.AnnulerSoutenance(parId, $"Soutenance du {quand} annulée {par} : un nouveau créneau est à réserver.", now);
        foreach (var email in await acces.AdressesAsync(dossier.Id, ct))
        {
            if (avecLeCompte?.EstDeLaPersonne(email) == true)
                avecLeCompte.Ajouter($"la soutenance du dossier {dossier.Reference} du {quand}", AapMails.PieceIcs(dossier, creneau, now, annule: true));
            else mails.SoutenanceAnnulee(email, dossier, creneau, now);
        }
        // On the agenda of a jury still to deliberate, the jury can no longer decide it on a soutenance that will not
        // take place: the team is told now, whoever cancelled (the one who prepares the jury may not be the one who
        // cancelled), rather than learn it when the publication refuses the dossier; the agenda shows it too.
        var sessions = retour
            ? await db.PointsOrdreDuJour.Where(p => p.DossierId == dossier.Id)
                .Join(db.SessionsJury.Where(x => x.Etat == EtatSessionJury.Preparation), p => p.SessionId, x => x.Id, (p, x) => new { x.Titre, x.Date })
                .ToListAsync(ct)
            : [];
        var jury = sessions.Count == 0 ? "" : $" Il est à l'ordre du jour de la session de jury « {sessions[0].Titre} » du {Fr.Date(sessions[0].Date)} : "
            + "le jury ne peut pas le décider tant qu'une nouvelle soutenance n'est pas réservée ; retirez-le de l'ordre du jour ou attribuez-lui un créneau.";
        if (prevenirLEquipe || sessions.Count > 0)
            mails.Equipe(await equipe.ToutesAsync(ct), dossier, sessions.Count > 0 ? "soutenance annulée, dossier à l'ordre du jour d'un jury" : "soutenance annulée",
                $"la soutenance du {quand} est annulée {par} ; le créneau est de nouveau libre.{jury}");
        audit.Enregistrer("soutenance.annuler", nameof(DossierProjet), dossier.Id.ToString(),
            $"{Fr.DateEtHeure(creneau.Debut)} ; créneau {creneau.Id} ; {par}{(retour ? " ; dossier de nouveau pré-sélectionné" : "")}");
    }

    /// <summary>Staff move a booking to another free slot of the same call, whatever the delay; the porteur gets the
    /// new time and the calendar file that replaces the first.</summary>
    public async Task DeplacerAsync(CreneauSoutenance ancien, CreneauSoutenance nouveau, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        if (ancien.DossierId is not { } dossierId)
            throw new DomainException("Ce créneau n'est plus réservé : il n'y a rien à déplacer.");
        if (nouveau.AppelId != ancien.AppelId || nouveau.Id == ancien.Id)
            throw new DomainException("Choisissez un autre créneau de soutenance de cet appel.");
        var dossier = await db.DossiersProjets.FirstAsync(d => d.Id == dossierId, ct);
        ancien.Liberer();
        nouveau.Reserver(dossier, now);
        foreach (var email in await acces.AdressesAsync(dossier.Id, ct))
            mails.SoutenanceDeplacee(email, dossier, ancien, nouveau, now);
        audit.Enregistrer("soutenance.deplacer", nameof(DossierProjet), dossier.Id.ToString(),
            $"du {Fr.DateEtHeure(ancien.Debut)} au {Fr.DateEtHeure(nouveau.Debut)} ; créneau {nouveau.Id}, avant : {ancien.Id}");
        await EnregistrerAsync(ct);
    }

    /// <summary>The day-before reminders: every booked soutenance of the next day in Paris that has not had its
    /// reminder. Each is claimed by one conditional update in the transaction that queues its mails, so two runs (the
    /// scheduler and the operator verb) never send one twice, and a crash before the commit leaves it to the next.</summary>
    public async Task<int> EnvoyerRappelsAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var (de, a) = Fr.Lendemain(now);
        var dus = await db.CreneauxSoutenance.AsNoTracking()
            .Where(c => c.DossierId != null && c.RappelEnvoyeLe == null && c.Debut >= de && c.Debut < a && c.Debut > now)
            .ToListAsync(ct);
        var envoyes = 0;
        foreach (var c in dus)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var pris = await db.CreneauxSoutenance.Where(x => x.Id == c.Id && x.DossierId == c.DossierId && x.RappelEnvoyeLe == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.RappelEnvoyeLe, now), ct);
            if (pris == 0) continue;
            var d = await db.DossiersProjets.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.DossierId, ct);
            if (d is null) continue;
            var contenu = templates.Rendre(ModelesAap.RappelSoutenance,
                ModelesAap.Valeurs(d, templates.Lien($"/espace-porteur/dossiers/{d.Id}/soutenance"), ("creneau", Fr.Creneau(c.Debut, c.DureeMinutes)), ("lieu", c.Lieu)),
                d.AppelId, nameof(DossierProjet), d.Id);
            foreach (var email in await acces.AdressesAsync(d.Id, ct))
                outbox.Ajouter(email, contenu);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            envoyes++;
        }
        return envoyes;
    }

    /// <summary>A slot changed by someone else since it was read is the one refusal people meet here: said as such.</summary>
    private async Task EnregistrerAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new DomainException(DejaPris); }
    }
}
