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
public class DetailsModel(EigDbContext db, Eig.Web.Nouveautes.SuiviDesNouveautes nouveautes, DecisionsCandidature decisions, Eig.Web.Instruction.VuesSuivi vuesSuivi) : PageModel
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

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        await nouveautes.VuAsync(User.UtilisateurId(), Eig.Web.Nouveautes.ObjetsSuivis.Candidature, id);
        return Page();
    }

    public Task<IActionResult> OnPostInviterAsync(Guid id) => DeciderAsync(id, c =>
    {
        decisions.InviterPremierEntretien(c, User.UtilisateurId());
        return "La personne est invitée au premier entretien.";
    });

    public Task<IActionResult> OnPostVivierAsync(Guid id) => DeciderAsync(id, c =>
    {
        decisions.IntegrerVivier(c, User.UtilisateurId());
        return "La personne intègre le vivier.";
    });

    public Task<IActionResult> OnPostEcarterAsync(Guid id) => DeciderAsync(id, c =>
    {
        decisions.NePasRetenir(c, Motif, User.UtilisateurId());
        return "La candidature n'est pas retenue ; la personne en est informée.";
    });

    [RefusSurLeChamp(nameof(EvaluateurId))]
    public async Task<IActionResult> OnPostAffecterAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        var c = await db.Candidatures.FirstAsync(x => x.Id == id);
        var affectation = await decisions.AffecterAsync(c, Objet, EvaluateurId, User.UtilisateurId());
        await db.SaveChangesAsync();
        TempData["Succes"] = $"{Evaluateurs.First(e => e.Value == affectation.EvaluateurId.ToString()).Text} est affecté·e à l'évaluation.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> DeciderAsync(Guid id, Func<Candidature, string> decision)
    {
        var c = await db.Candidatures.FirstOrDefaultAsync(x => x.Id == id && x.Etat != EtatCandidature.Brouillon);
        if (c is null) return NotFound();
        // Two staff members deciding on the same candidature: the second sees the first's decision, not a silent overwrite.
        db.Entry(c).Property(x => x.Version).OriginalValue = Version;
        try
        {
            var message = decision(c);
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

    /// <summary>Every mail about this candidature, newest first.</summary>
    public List<Eig.Web.Courriers.HistoriqueCourriels.Ligne> Courriels { get; private set; } = [];

    private async Task<bool> ChargerAsync(Guid id)
    {
        var c = await db.Candidatures.AsNoTracking().Include(x => x.Historique).FirstOrDefaultAsync(x => x.Id == id && x.Etat != EtatCandidature.Brouillon);
        if (c is null) return false;
        Candidature = c;
        Suivi = (await vuesSuivi.ChargerAsync(Eig.Web.Instruction.Cible.Candidature(id), User.UtilisateurId()))!;
        Courriels = await Eig.Web.Courriers.HistoriqueCourriels.DeLObjetAsync(db, nameof(Eig.Web.Candidatures.Candidature), id);
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
