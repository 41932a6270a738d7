using Eig.Web.Infrastructure.Database;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>Reminders, sent once each: to evaluators a few days before their deadline (as set on the call), to porteurs
/// the day before their soutenance (<see cref="ReservationsSoutenances.EnvoyerRappelsAsync"/>). Run daily by the
/// scheduler's job and the operator verb <c>aap-relances</c>.</summary>
public sealed class Relances(EigDbContext db, IClock clock, IOutbox outbox, MailTemplates templates, ReservationsSoutenances soutenances, IAuditLog audit)
{
    public async Task<(int Evaluations, int Soutenances)> EnvoyerAsync(CancellationToken ct)
    {
        var maintenant = clock.UtcNow;
        var candidates = await (from a in db.Affectations
                                where a.Objet == ObjetsEvalues.DossierProjet && a.Etat == EtatAffectation.Active
                                      && a.RelanceEnvoyeeLe == null && a.DateLimite != null
                                join d in db.DossiersProjets on a.ObjetId equals d.Id
                                join ap in db.AppelsAProjets on d.AppelId equals ap.Id
                                join u in db.Users on a.EvaluateurId equals u.Id
                                select new { a, d, ap.RelanceJoursAvant, u.Email,
                                    Soumise = db.Evaluations.Any(e => e.AffectationId == a.Id && e.Etat == EtatEvaluation.Soumise) })
            .ToListAsync(ct);
        var evaluations = 0;
        foreach (var c in candidates.Where(c => c.a.DoitEtreRelancee(maintenant, c.RelanceJoursAvant, c.Soumise)))
        {
            if (c.Email is not null)
                outbox.Ajouter(c.Email, templates.Rendre(ModelesAap.RelanceEvaluation,
                    ModelesAap.Valeurs(c.d, templates.Lien($"/evaluation/dossiers/{c.a.Id}"), ("date_limite", Fr.Date(c.a.DateLimite))), c.d.AppelId, nameof(DossierProjet), c.d.Id));
            c.a.MarquerRelancee(maintenant);
            evaluations++;
        }
        // The reviews' reminders are saved first: the soutenances' are each claimed in their own transaction.
        await db.SaveChangesAsync(ct);
        var rappels = await soutenances.EnvoyerRappelsAsync(ct);
        if (evaluations + rappels > 0)
        {
            audit.Enregistrer("aap.relances", details: $"{Fr.Nombre(evaluations, "évaluation", "évaluations")}, {Fr.Nombre(rappels, "soutenance", "soutenances")}");
            await db.SaveChangesAsync(ct);
        }
        return (evaluations, rappels);
    }
}
