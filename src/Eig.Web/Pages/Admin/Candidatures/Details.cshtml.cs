using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.Admin.Candidatures;

/// <summary>Staff: one candidature, its experts' and interviewers' scores, and the decisions of steps 1 and 2
/// (invite to the first interview, into the vivier, not retained with a reason). Each decision is a domain move,
/// audited and mailed to the candidate, under the candidature's version token.</summary>
public class DetailsModel(EigDbContext db, IClock clock, IOutbox outbox, CandidaturesMails mails, MailTemplates templates, IAuditLog audit,
    Eig.Web.Instruction.VuesSuivi vuesSuivi) : PageModel
{
    public Candidature Candidature { get; private set; } = default!;
    public ProfilRecherche? Profil { get; private set; }
    public string? Cv { get; private set; }
    public List<SelectListItem> Evaluateurs { get; private set; } = [];
    public List<LigneEvaluation> Evaluations { get; private set; } = [];
    public Dictionary<string, ResultatEvaluations?> Resultats { get; } = [];
    public Grille? GrilleDossier { get; private set; }
    public Grille? GrilleEntretien { get; private set; }
    /// <summary>Who follows the candidature, its labels, the team's private notes.</summary>
    public Eig.Web.Instruction.VueSuivi Suivi { get; private set; } = null!;

    public sealed record LigneEvaluation(Guid AffectationId, string Objet, string Evaluateur, EtatAffectation Etat, string? MotifConflit,
        EtatEvaluation? EtatEvaluation, double? Note, Recommandation? Recommandation, string Commentaire);

    [BindProperty] public Guid Version { get; set; }
    [BindProperty] public string? Motif { get; set; }
    [BindProperty] public Guid? EvaluateurId { get; set; }
    [BindProperty] public string? Objet { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await ChargerAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostInviterAsync(Guid id) => DeciderAsync(id, (c, moi, now) =>
    {
        c.InviterPremierEntretien(moi, now);
        outbox.Ajouter(c.Email, mails.InvitationPremierEntretien(c));
        return ("candidature.invitee-premier-entretien", "La personne est invitée au premier entretien.");
    });

    public Task<IActionResult> OnPostVivierAsync(Guid id) => DeciderAsync(id, (c, moi, now) =>
    {
        c.IntegrerVivier(moi, now);
        outbox.Ajouter(c.Email, mails.IntegrationVivier(c));
        return ("candidature.vivier", "La personne intègre le vivier.");
    });

    public Task<IActionResult> OnPostEcarterAsync(Guid id) => DeciderAsync(id, (c, moi, now) =>
    {
        c.NePasRetenir(moi, Motif ?? "", now);
        outbox.Ajouter(c.Email, mails.NonRetenue(c));
        return ("candidature.non-retenue", "La candidature n'est pas retenue ; la personne en est informée.");
    });

    public async Task<IActionResult> OnPostAffecterAsync(Guid id)
    {
        var c = await db.Candidatures.FirstOrDefaultAsync(x => x.Id == id && x.Etat != EtatCandidature.Brouillon);
        if (c is null) return NotFound();
        var profil = await db.ProfilsRecherches.FirstAsync(p => p.Id == c.ProfilId);
        var objet = Objet == ObjetsEvalues.Entretien ? ObjetsEvalues.Entretien : ObjetsEvalues.Candidature;
        var grille = objet == ObjetsEvalues.Entretien ? profil.GrilleEntretienId : profil.GrilleDossierId;
        var evaluateur = EvaluateurId is { } eid ? await db.Users.FirstOrDefaultAsync(u => u.Id == eid) : null;
        if (evaluateur is null || !await EstEvaluateurAsync(evaluateur.Id))
            ModelState.AddModelError(nameof(EvaluateurId), "Choisissez un évaluateur ou une évaluatrice.");
        else if (grille is null)
            ModelState.AddModelError(nameof(EvaluateurId), "Ce profil n'a pas de grille d'évaluation : ajoutez-la depuis la page de l'appel.");
        else if (await db.Affectations.AnyAsync(a => a.Objet == objet && a.ObjetId == c.Id && a.EvaluateurId == evaluateur.Id))
            ModelState.AddModelError(nameof(EvaluateurId), "Cette personne est déjà affectée à cette évaluation.");
        if (!ModelState.IsValid)
        {
            await ChargerAsync(id);
            return Page();
        }
        var affectation = Affectation.Creer(objet, c.Id, grille!.Value, evaluateur!.Id, User.UtilisateurId(), clock.UtcNow, 14);
        db.Affectations.Add(affectation);
        audit.Enregistrer("candidature.evaluateur-affecte", "Candidature", c.Id.ToString(), $"{objet} → {evaluateur.Email}");
        outbox.Ajouter(evaluateur.Email!, templates.Composer("Une candidature à évaluer",
            new MailBody("Nouvelle évaluation", [
                $"L'équipe du programme vous confie l'évaluation d'une candidature ({(objet == ObjetsEvalues.Entretien ? "premier entretien" : "examen du dossier")}), à rendre avant le {Fr.Date(affectation.DateLimite!.Value)}.",
                "Si vous connaissez la personne, déclarez un conflit d'intérêts depuis la page de l'évaluation."],
                ("Ouvrir l'évaluation", templates.Lien($"/evaluation/candidatures/{affectation.Id}")))));
        await db.SaveChangesAsync();
        TempData["Succes"] = $"{evaluateur.NomComplet} est affecté·e à l'évaluation.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> DeciderAsync(Guid id, Func<Candidature, Guid, DateTime, (string Action, string Message)> decision)
    {
        var c = await db.Candidatures.FirstOrDefaultAsync(x => x.Id == id && x.Etat != EtatCandidature.Brouillon);
        if (c is null) return NotFound();
        // Two staff members deciding on the same candidature: the second sees the first's decision, not a silent overwrite.
        db.Entry(c).Property(x => x.Version).OriginalValue = Version;
        try
        {
            var (action, message) = decision(c, User.UtilisateurId(), clock.UtcNow);
            audit.Enregistrer(action, "Candidature", c.Id.ToString(), c.MotifDecision.Length > 0 && c.Etat == EtatCandidature.NonRetenue ? c.MotifDecision : null);
            await db.SaveChangesAsync();
            TempData["Succes"] = message;
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(Motif), ex.Message);
            await ChargerAsync(id);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Erreur"] = "Cette candidature a été modifiée par quelqu'un d'autre entre-temps. Voici son état actuel.";
        }
        return RedirectToPage(new { id });
    }

    private Task<bool> EstEvaluateurAsync(Guid userId) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Evaluateur));

    private async Task<bool> ChargerAsync(Guid id)
    {
        var c = await db.Candidatures.AsNoTracking().Include(x => x.Historique).FirstOrDefaultAsync(x => x.Id == id && x.Etat != EtatCandidature.Brouillon);
        if (c is null) return false;
        Candidature = c;
        Suivi = (await vuesSuivi.ChargerAsync(Eig.Web.Instruction.Cible.Candidature(id), User.UtilisateurId()))!;
        if (!ModelState.ContainsKey(nameof(Version))) Version = c.Version;
        Profil = await db.ProfilsRecherches.AsNoTracking().FirstOrDefaultAsync(p => p.Id == c.ProfilId);
        Cv = await db.CvCandidatures.Where(x => x.CandidatureId == id).Select(x => x.NomFichier).FirstOrDefaultAsync();
        var roleId = await db.Roles.Where(r => r.Name == Roles.Evaluateur).Select(r => r.Id).FirstOrDefaultAsync();
        Evaluateurs = (await db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .OrderBy(u => u.NomComplet).Select(u => new { Texte = u.NomComplet + " (" + u.Email + ")", u.Id }).ToListAsync()).Select(x => new SelectListItem(x.Texte, x.Id.ToString())).ToList();

        var grilleIds = new[] { Profil?.GrilleDossierId, Profil?.GrilleEntretienId }.Where(g => g is not null).Select(g => g!.Value).ToList();
        var grilles = await db.Grilles.Include(g => g.Criteres).Where(g => grilleIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id);
        GrilleDossier = Profil?.GrilleDossierId is { } gd ? grilles.GetValueOrDefault(gd) : null;
        GrilleEntretien = Profil?.GrilleEntretienId is { } ge ? grilles.GetValueOrDefault(ge) : null;
        var affectations = await db.Affectations.Where(a => a.ObjetId == id && (a.Objet == ObjetsEvalues.Candidature || a.Objet == ObjetsEvalues.Entretien)).ToListAsync();
        var evals = await db.Evaluations.Include(e => e.Notes).Where(e => affectations.Select(a => a.Id).Contains(e.AffectationId)).ToListAsync();
        var noms = await db.Users.Where(u => affectations.Select(a => a.EvaluateurId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.NomComplet);
        foreach (var a in affectations.OrderBy(a => a.AffecteLe))
        {
            var e = evals.FirstOrDefault(x => x.AffectationId == a.Id);
            var g = grilles.GetValueOrDefault(a.GrilleId);
            Evaluations.Add(new LigneEvaluation(a.Id, a.Objet, noms.GetValueOrDefault(a.EvaluateurId, "?"), a.Etat, a.MotifConflit, e?.Etat,
                e is not null && g is not null && e.EstSoumise ? e.NoteGlobale(g) : null, e?.Recommandation, e?.EstSoumise == true ? e.CommentaireGeneral : ""));
        }
        foreach (var (objet, grille) in new[] { (ObjetsEvalues.Candidature, GrilleDossier), (ObjetsEvalues.Entretien, GrilleEntretien) })
        {
            if (grille is null) continue;
            var soumises = evals.Where(e => e.EstSoumise && affectations.Any(a => a.Id == e.AffectationId && a.Objet == objet))
                .Select(e => new NotesSoumises(e.Notes.Where(n => n.Note != null).ToDictionary(n => n.CritereId, n => n.Note!.Value), e.Recommandation)).ToList();
            Resultats[objet] = soumises.Count == 0 ? null : Classement.Calculer(grille, soumises);
        }
        return true;
    }
}
