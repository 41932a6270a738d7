using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Candidatures;

/// <summary>Staff's decisions on a candidature and its evaluators, one at a time from its page or in bulk from the
/// list: the same domain move, audit line and mail either way. A refusal throws <see cref="DomainException"/>
/// before anything changes; the caller saves.</summary>
public sealed class DecisionsCandidature(EigDbContext db, IClock clock, IOutbox outbox, CandidaturesMails mails, MailTemplates templates, IAuditLog audit)
{
    public const int DelaiEvaluationJours = 14;

    public void InviterPremierEntretien(Candidature c, Guid par)
    {
        c.InviterPremierEntretien(par, clock.UtcNow);
        outbox.Ajouter(c.Email, mails.InvitationPremierEntretien(c));
        audit.Enregistrer("candidature.invitee-premier-entretien", "Candidature", c.Id.ToString());
    }

    public void IntegrerVivier(Candidature c, Guid par)
    {
        c.IntegrerVivier(par, clock.UtcNow);
        outbox.Ajouter(c.Email, mails.IntegrationVivier(c));
        audit.Enregistrer("candidature.vivier", "Candidature", c.Id.ToString());
    }

    public void NePasRetenir(Candidature c, string? motif, Guid par)
    {
        c.NePasRetenir(par, motif?.Trim() ?? "", clock.UtcNow);
        outbox.Ajouter(c.Email, mails.NonRetenue(c));
        audit.Enregistrer("candidature.non-retenue", "Candidature", c.Id.ToString(), c.MotifDecision);
    }

    public sealed record Evaluateur(Guid Id, string Nom, string Email);

    public Task<List<Evaluateur>> EvaluateursAsync(CancellationToken ct = default)
    {
        var roleId = db.Roles.Where(r => r.Name == Roles.Evaluateur).Select(r => r.Id);
        return db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)))
            .Select(u => new Evaluateur(u.Id, u.NomComplet, u.Email!)).ToListAsync(ct);
    }

    /// <summary>Assigns an evaluator to the candidature's dossier review (<see cref="ObjetsEvalues.Candidature"/>) or
    /// first interview (<see cref="ObjetsEvalues.Entretien"/>), on the grid of its profile, and mails them.</summary>
    public async Task<Affectation> AffecterAsync(Candidature c, string? objet, Guid? evaluateurId, Guid par,
        CancellationToken ct = default, IReadOnlyList<Evaluateur>? evaluateurs = null, IReadOnlyDictionary<Guid, ProfilRecherche>? profils = null)
    {
        objet = objet == ObjetsEvalues.Entretien ? ObjetsEvalues.Entretien : ObjetsEvalues.Candidature;
        if (!EtatsCandidature.EstEnCours(c.Etat))
            throw new DomainException("Cette candidature n'est plus en cours d'examen.");
        evaluateurs ??= await EvaluateursAsync(ct);
        var e = evaluateurs.FirstOrDefault(x => x.Id == evaluateurId) ?? throw new DomainException("Choisissez un évaluateur ou une évaluatrice.");
        var profil = profils?.GetValueOrDefault(c.ProfilId ?? Guid.Empty) ?? await db.ProfilsRecherches.FirstOrDefaultAsync(p => p.Id == c.ProfilId, ct);
        var grille = objet == ObjetsEvalues.Entretien ? profil?.GrilleEntretienId : profil?.GrilleDossierId;
        if (grille is null)
            throw new DomainException("Ce profil n'a pas de grille d'évaluation : ajoutez-la depuis la page de l'appel.");
        if (await db.Affectations.AnyAsync(a => a.Objet == objet && a.ObjetId == c.Id && a.EvaluateurId == e.Id, ct))
            throw new DomainException("Cette personne est déjà affectée à cette évaluation.");
        var affectation = Affectation.Creer(objet, c.Id, grille.Value, e.Id, par, clock.UtcNow, DelaiEvaluationJours);
        db.Affectations.Add(affectation);
        audit.Enregistrer("candidature.evaluateur-affecte", "Candidature", c.Id.ToString(), $"{objet} → {e.Email}");
        outbox.Ajouter(e.Email, mails.AffectationEvaluateur(c, objet == ObjetsEvalues.Entretien ? "premier entretien" : "examen du dossier",
            affectation.DateLimite!.Value, templates.Lien($"/evaluation/candidatures/{affectation.Id}")));
        return affectation;
    }
}
