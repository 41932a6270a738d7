using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.Admin.AppelsAProjets;

/// <summary>Staff: the call's jury sessions — create one, set its members and agenda, and publish all its decisions
/// at once (decision mails with the PDF letter; laureates become draft défis with their granted profiles).</summary>
public class JuryModel(EigDbContext db, IClock clock, IAuditLog audit, PublicationJury publication, AapMails mails) : PageModel
{
    public sealed record Ligne(Guid Id, string Titre, DateOnly Date, EtatSessionJury Etat, int Membres, int Points, int Decides);

    /// <summary>A dossier on the agenda of a session still to deliberate whose soutenance was cancelled meanwhile (it is
    /// pre-selected again): the jury cannot decide it; staff remove it or give it a new slot.</summary>
    public sealed record SansSoutenance(Guid PointId, Guid SessionId, string Session, Guid DossierId, int Numero, string Titre);
    public List<SansSoutenance> SoutenancesAnnulees { get; private set; } = [];

    public AppelAProjets Appel { get; private set; } = null!;
    public List<Ligne> Sessions { get; private set; } = [];
    public List<SelectListItem> SessionsOuvertes { get; private set; } = [];
    public List<SelectListItem> MembresPossibles { get; private set; } = [];
    public List<SelectListItem> DossiersPossibles { get; private set; } = [];
    public string? SessionId { get; private set; }
    public string? SessionDuDossierId { get; private set; }
    public string? MembreId { get; private set; }
    public string? DossierId { get; private set; }

    /// <summary>Publishing cannot be undone: the first POST only shows what will happen, the second (confirmed) publishes.</summary>
    public sealed record Confirmation(Guid SessionId, string Titre, DateOnly Date, int Dossiers, int Laureats, int Profils, bool AvantLaDate);
    public Confirmation? AConfirmer { get; private set; }

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Titre { get; set; }
        public string? Date { get; set; }
    }

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var a = await db.AppelsAProjets.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return false;
        Appel = a;
        Sessions = await db.SessionsJury.Where(s => s.AppelId == id).OrderByDescending(s => s.Date)
            .Select(s => new Ligne(s.Id, s.Titre, s.Date, s.Etat, s.Membres.Count, s.OrdreDuJour.Count, s.OrdreDuJour.Count(p => p.Decision != null)))
            .ToListAsync(ct);
        SoutenancesAnnulees = await (from p in db.PointsOrdreDuJour
                                     join se in db.SessionsJury on p.SessionId equals se.Id
                                     join d in db.DossiersProjets on p.DossierId equals d.Id
                                     where se.AppelId == id && se.Etat == EtatSessionJury.Preparation && d.Etat == EtatDossier.PreSelectionne
                                     orderby se.Date, p.Ordre
                                     select new SansSoutenance(p.Id, se.Id, se.Titre, d.Id, d.Numero, d.Titre)).ToListAsync(ct);
        SessionsOuvertes = Sessions.Where(s => s.Etat == EtatSessionJury.Preparation)
            .Select(s => new SelectListItem($"{s.Titre} ({Fr.Date(s.Date)})", s.Id.ToString())).ToList();
        // The most recent session in preparation is the one staff usually fill: pre-select it in both forms.
        SessionId = SessionDuDossierId = SessionsOuvertes.FirstOrDefault()?.Value;
        var jury = await db.Roles.Where(r => r.Name == Roles.Jury).Select(r => r.Id).FirstOrDefaultAsync(ct);
        MembresPossibles = await (from ur in db.UserRoles where ur.RoleId == jury
                                  join u in db.Users on ur.UserId equals u.Id
                                  orderby u.NomComplet
                                  select new { u.Id, u.NomComplet, u.Email }).AsAsyncEnumerable()
            .Select(u => new SelectListItem(u.NomComplet + " (" + u.Email + ")", u.Id.ToString())).ToListAsync(ct);
        DossiersPossibles = await db.DossiersProjets
            .Where(d => d.AppelId == id && d.Etat == EtatDossier.Soutenance
                && !db.PointsOrdreDuJour.Any(p => p.DossierId == d.Id && db.SessionsJury.Any(s => s.Id == p.SessionId && s.Etat == EtatSessionJury.Preparation)))
            .OrderBy(d => d.Numero).Select(d => new { d.Id, d.Titre, d.Administration }).AsAsyncEnumerable()
            .Select(d => new SelectListItem(d.Titre + " — " + d.Administration, d.Id.ToString())).ToListAsync(ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ChargerAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var f = new Formulaire(ModelState);
        var titre = f.Texte("Titre", Input.Titre, "le titre de la session", SessionJury.LongueurTitre);
        var date = f.Date("Date", Input.Date, "la date de la session", true);
        if (!ModelState.IsValid) return Page();
        var s = new SessionJury { AppelId = id, Titre = titre, Date = date!.Value };
        db.SessionsJury.Add(s);
        audit.Enregistrer("jury.session.creer", "SessionJury", s.Id.ToString(), titre);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "La session est créée. Ajoutez ses membres et son ordre du jour.";
        return RedirectToPage(new { id });
    }

    private async Task<SessionJury?> SessionAsync(Guid id, Guid sessionId, CancellationToken ct) =>
        await db.SessionsJury.Include(s => s.Membres).Include(s => s.OrdreDuJour).ThenInclude(p => p.Profils)
            .FirstOrDefaultAsync(s => s.Id == sessionId && s.AppelId == id, ct);

    public async Task<IActionResult> OnPostMembreAsync(Guid id, Guid sessionId, Guid membreId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var s = await SessionAsync(id, sessionId, ct);
        if (s is null || s.Etat != EtatSessionJury.Preparation || !MembresPossibles.Any(m => m.Value == membreId.ToString()))
        {
            TempData["Erreur"] = "Choisissez une session en préparation et un membre du jury.";
            return RedirectToPage(new { id });
        }
        if (s.Membres.All(m => m.UtilisateurId != membreId))
        {
            s.Membres.Add(new MembreJury { SessionId = s.Id, UtilisateurId = membreId });
            audit.Enregistrer("jury.session.membre", "SessionJury", s.Id.ToString(), membreId.ToString());
            if (await db.Users.Where(u => u.Id == membreId).Select(u => u.Email).FirstOrDefaultAsync(ct) is { } email)
                mails.MembreJury(email, s, Appel.Titre);
            await db.SaveChangesAsync(ct);
        }
        TempData["Succes"] = "Le membre est ajouté à la session.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDossierAsync(Guid id, Guid sessionDuDossierId, Guid dossierId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var s = await SessionAsync(id, sessionDuDossierId, ct);
        if (s is null || s.Etat != EtatSessionJury.Preparation || !DossiersPossibles.Any(d => d.Value == dossierId.ToString()))
        {
            TempData["Erreur"] = "Choisissez une session en préparation et un dossier passé en soutenance.";
            return RedirectToPage(new { id });
        }
        s.OrdreDuJour.Add(new PointOrdreDuJour { SessionId = s.Id, DossierId = dossierId, Ordre = s.OrdreDuJour.Count + 1 });
        audit.Enregistrer("jury.session.ordre-du-jour", "SessionJury", s.Id.ToString(), dossierId.ToString());
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "Le dossier est inscrit à l'ordre du jour.";
        return RedirectToPage(new { id });
    }

    /// <summary>Takes a dossier off a session's agenda (its soutenance was cancelled): the dossier, once it has a new
    /// soutenance, can be put on this or another session's agenda.</summary>
    public async Task<IActionResult> OnPostRetirerAsync(Guid id, Guid pointId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var p = await db.PointsOrdreDuJour.FirstOrDefaultAsync(x => x.Id == pointId
            && db.SessionsJury.Any(se => se.Id == x.SessionId && se.AppelId == id), ct);
        if (p is null) return NotFound();
        var s = await SessionAsync(id, p.SessionId, ct);
        if (s!.Etat != EtatSessionJury.Preparation)
        {
            TempData["Erreur"] = "Les décisions de cette session sont publiées : son ordre du jour ne change plus.";
            return RedirectToPage(new { id });
        }
        s.OrdreDuJour.RemoveAll(x => x.Id == pointId);
        db.PointsOrdreDuJour.Remove(p);
        audit.Enregistrer("jury.session.ordre-du-jour.retrait", "SessionJury", s.Id.ToString(), p.DossierId.ToString());
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "Le dossier est retiré de l'ordre du jour.";
        return RedirectToPage(new { id });
    }

    /// <summary>Publishes every decision of the session at once (see <see cref="PublicationJury"/>); a refusal
    /// (an undecided dossier, an empty agenda) comes back as the French message above the forms.</summary>
    public async Task<IActionResult> OnPostPublierAsync(Guid id, Guid sessionId, bool confirme, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var s = await SessionAsync(id, sessionId, ct);
        if (s is null) return NotFound();
        // Only a publishable session asks for confirmation; anything else is refused at once with its reason.
        if (!confirme && s.Etat == EtatSessionJury.Preparation && s.OrdreDuJour.Count > 0 && s.OrdreDuJour.All(p => p.Decision is not null))
        {
            var laureats = s.OrdreDuJour.Where(p => p.Decision == EtatDossier.Laureat).ToList();
            AConfirmer = new Confirmation(s.Id, s.Titre, s.Date, s.OrdreDuJour.Count, laureats.Count, laureats.Sum(p => p.Profils.Sum(x => x.Nombre)),
                s.Date > DateOnly.FromDateTime(Fr.EnHeureDeParis(clock.UtcNow)));
            return Page();
        }
        await publication.PublierAsync(Appel, s, User.UtilisateurId(), ct);
        TempData["Succes"] = "Les décisions sont publiées : les porteurs reçoivent leur lettre de décision.";
        return RedirectToPage(new { id });
    }
}
