using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eig.Web.Candidatures;

/// <summary>
/// The retention rules of the personal-data page: the file of a candidate not retained (or who withdrew) is erased
/// once <see cref="CandidaturesOptions.ConservationMois"/> have passed since the decision, and that of a member of the
/// vivier never placed once <see cref="CandidaturesOptions.VivierConservationMois"/> have passed since they entered
/// it (not while a proposition to a défi is open). The person is mailed a notice first; the erasure happens at a
/// later run, <see cref="CandidaturesOptions.PreavisPurgeJours"/> days after.
/// Meant to run daily (cron, systemd timer): <c>dotnet Eig.Web.dll purge-candidatures</c>.
/// </summary>
public sealed class PurgeCandidatures(EigDbContext db, IClock clock, IOutbox outbox, CandidaturesMails mails,
    IAuditLog audit, IOptions<CandidaturesOptions> options)
{
    public async Task<(int Avis, int Effacees)> ExecuterAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var limite = now.AddMonths(-options.Value.ConservationMois);
        var preavis = TimeSpan.FromDays(options.Value.PreavisPurgeJours);
        var limiteVivier = now.AddMonths(-options.Value.VivierConservationMois);
        var terminees = new[] { EtatCandidature.NonRetenue, EtatCandidature.Retiree };
        var enCours = new[] { EtatProposition.Proposee, EtatProposition.Choisie };
        var echues = db.Candidatures.Where(c => (terminees.Contains(c.Etat) && c.DecisionLe < limite)
            || (c.Etat == EtatCandidature.Vivier && c.DecisionLe < limiteVivier
                && !db.Propositions.Any(p => p.CandidatureId == c.Id && enCours.Contains(p.Etat))));

        var aPrevenir = await echues.Where(c => c.AvisPurgeLe == null).ToListAsync(ct);
        foreach (var c in aPrevenir)
        {
            c.AvisPurgeLe = now;
            if (c.Email.Length > 0)
                outbox.Ajouter(c.Email, c.Etat == EtatCandidature.Vivier ? mails.AvisPurgeVivier(c, now + preavis) : mails.AvisPurge(c, now + preavis));
            audit.Enregistrer("candidature.avis-purge", "Candidature", c.Id.ToString(), $"effacement prévu à partir du {Fr.Date(now + preavis)}");
        }
        await db.SaveChangesAsync(ct);

        var seuilEffacement = now - preavis;
        var aEffacer = await echues.Where(c => c.AvisPurgeLe != null && c.AvisPurgeLe <= seuilEffacement).ToListAsync(ct);
        foreach (var c in aEffacer)
        {
            db.Candidatures.Remove(c);
            // The audit line keeps no personal data: only that a file was erased, and when.
            audit.Enregistrer("candidature.purgee", "Candidature", c.Id.ToString(), "durée de conservation écoulée");
        }
        await db.SaveChangesAsync(ct);
        return (aPrevenir.Count, aEffacer.Count);
    }
}
