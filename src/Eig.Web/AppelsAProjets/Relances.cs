using Eig.Web.Infrastructure.Database;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>Reminders, sent once each: to evaluators a few days before their deadline (as set on the call), to porteurs
/// the day before their soutenance. Run daily by the operator verb <c>aap-relances</c>.</summary>
public sealed class Relances(EigDbContext db, IClock clock, IOutbox outbox, MailTemplates templates, DossierAcces acces, IAuditLog audit)
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
        var demain = maintenant.AddDays(1);
        var creneaux = await db.CreneauxSoutenance
            .Where(c => c.DossierId != null && c.RappelEnvoyeLe == null && c.Debut > maintenant && c.Debut <= demain).ToListAsync(ct);
        foreach (var c in creneaux)
        {
            var d = await db.DossiersProjets.FirstAsync(x => x.Id == c.DossierId, ct);
            foreach (var email in await acces.AdressesAsync(d.Id, ct))
                outbox.Ajouter(email, templates.Rendre(ModelesAap.RappelSoutenance,
                    ModelesAap.Valeurs(d, templates.Lien($"/espace-porteur/dossiers/{d.Id}"), ("creneau", Fr.Creneau(c.Debut, c.DureeMinutes)), ("lieu", c.Lieu)),
                    d.AppelId, nameof(DossierProjet), d.Id));
            c.RappelEnvoyeLe = maintenant;
        }
        if (evaluations + creneaux.Count > 0)
            audit.Enregistrer("aap.relances", details: $"{Fr.Nombre(evaluations, "évaluation", "évaluations")}, {Fr.Nombre(creneaux.Count, "soutenance", "soutenances")}");
        await db.SaveChangesAsync(ct);
        return (evaluations, creneaux.Count);
    }
}
