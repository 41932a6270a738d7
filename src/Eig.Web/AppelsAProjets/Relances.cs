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
                                select new { a, d.Numero, d.Titre, ap.RelanceJoursAvant, u.Email,
                                    Soumise = db.Evaluations.Any(e => e.AffectationId == a.Id && e.Etat == EtatEvaluation.Soumise) })
            .ToListAsync(ct);
        var evaluations = 0;
        foreach (var c in candidates.Where(c => c.a.DoitEtreRelancee(maintenant, c.RelanceJoursAvant, c.Soumise)))
        {
            if (c.Email is not null)
                outbox.Ajouter(c.Email, templates.Composer($"Rappel : évaluation du dossier AAP-{c.Numero:0000}",
                    new MailBody("Votre évaluation est attendue",
                        [$"L'évaluation du dossier « {c.Titre} » est attendue avant le {Fr.Date(c.a.DateLimite)}.",
                         "Votre brouillon est conservé : vous pouvez le reprendre où vous l'avez laissé."],
                        ("Reprendre l'évaluation", templates.Lien($"/evaluation/dossiers/{c.a.Id}")))));
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
                outbox.Ajouter(email, templates.Composer($"Rappel : soutenance du dossier {d.Reference}",
                    new MailBody("Votre soutenance a lieu demain",
                        [$"La soutenance du dossier « {d.Titre} » a lieu le {Fr.Creneau(c.Debut, c.DureeMinutes)}.", $"Lieu : {c.Lieu}"],
                        ("Voir mon dossier", templates.Lien($"/espace-porteur/dossiers/{d.Id}")))));
            c.RappelEnvoyeLe = maintenant;
        }
        if (evaluations + creneaux.Count > 0)
            audit.Enregistrer("aap.relances", details: $"{Fr.Nombre(evaluations, "évaluation", "évaluations")}, {Fr.Nombre(creneaux.Count, "soutenance", "soutenances")}");
        await db.SaveChangesAsync(ct);
        return (evaluations, creneaux.Count);
    }
}
