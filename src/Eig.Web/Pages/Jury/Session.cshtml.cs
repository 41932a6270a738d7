using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Jury;

/// <summary>Jury and staff: a session's agenda ranked by the reviews, with each dossier's scores, recommendations,
/// soutenance notes and decision, and the deliberation.</summary>
public class SessionModel(EigDbContext db, IAuditLog audit) : PageModel
{
    public SessionJury Session { get; private set; } = null!;
    public Grille Grille { get; private set; } = null!;
    public List<ClassementAppel.Ligne> Classement { get; private set; } = [];
    public Dictionary<Guid, PointOrdreDuJour> Points { get; private set; } = [];
    public List<string> Membres { get; private set; } = [];

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Deliberation { get; set; }
    }

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var s = await JuryAcces.Visibles(db, User).Include(x => x.OrdreDuJour).ThenInclude(p => p.Profils).Include(x => x.Membres)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return false;
        Session = s;
        Points = s.OrdreDuJour.ToDictionary(p => p.DossierId);
        (Grille, Classement) = await ClassementAppel.CalculerAsync(db, s.AppelId,
            db.PointsOrdreDuJour.Where(p => p.SessionId == id).Select(p => p.DossierId), ct);
        var ids = s.Membres.Select(m => m.UtilisateurId).ToList();
        Membres = await db.Users.Where(u => ids.Contains(u.Id)).OrderBy(u => u.NomComplet).Select(u => u.NomComplet).ToListAsync(ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        Input.Deliberation = Session.Deliberation;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        if (Session.Etat == EtatSessionJury.Publiee)
        {
            TempData["Erreur"] = "Les décisions de cette session sont publiées : elle ne peut plus être modifiée.";
            return RedirectToPage(new { id });
        }
        var texte = new Formulaire(ModelState).Texte("Deliberation", Input.Deliberation, "le compte rendu de délibération", SessionJury.LongueurDeliberation, requis: false);
        if (!ModelState.IsValid) return Page();
        Session.Deliberation = texte;
        audit.Enregistrer("jury.session.deliberation", "SessionJury", id.ToString());
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "Le compte rendu de délibération est enregistré.";
        return RedirectToPage(new { id });
    }
}
