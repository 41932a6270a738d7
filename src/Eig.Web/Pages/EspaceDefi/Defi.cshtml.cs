using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.EspaceDefi;

/// <summary>A défi's team space: its roadmap (milestones per phase, written by the team) and its periodic check-ins
/// (progress, difficulties, help wanted, filed by the team); the team, the administration's sponsor side and staff
/// read them. Anyone else gets a 404.</summary>
public class DefiModel(EigDbContext db, IClock clock, IAuditLog audit, IAuthorizationService autorisations) : PageModel
{
    public Defi Defi { get; private set; } = null!;
    public AccesDefi.Qualite Qualite { get; private set; }
    public IReadOnlyList<PointEtape> Points { get; private set; } = [];
    public IReadOnlyList<(string Nom, string Profil)> Equipe { get; private set; } = [];
    public Promotion Promotion { get; private set; } = null!;
    public PhasePromotion? Phase { get; private set; }
    public IReadOnlyList<Jalon> Jalons { get; private set; } = [];

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Meteo { get; set; }
        public string? Avancement { get; set; }
        public string? Difficultes { get; set; }
        public string? AideSouhaitee { get; set; }
    }

    public static readonly List<SelectListItem> Meteos =
        [.. Enum.GetValues<Meteo>().Select(m => new SelectListItem(PointEtape.Libelle(m), m.ToString()))];

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        // Staff read every team's space only with their second factor, as in the back office.
        var staff = (await autorisations.AuthorizeAsync(User, WebApp.PolicyStaff)).Succeeded;
        Qualite = await AccesDefi.QualiteAsync(db, id, User.UtilisateurId(), staff, ct);
        if (Qualite == AccesDefi.Qualite.Aucune) return false;
        Defi = await db.Defis.AsNoTracking().FirstAsync(d => d.Id == id, ct);
        Promotion = await db.Promotions.AsNoTracking().Include(p => p.Phases).FirstAsync(p => p.Id == Defi.PromotionId, ct);
        Phase = Promotion.PhaseEnCours(CalendrierPublic.Aujourdhui(clock));
        Jalons = (await db.Jalons.AsNoTracking().Where(j => j.DefiId == id).ToListAsync(ct))
            .OrderBy(j => j.PhaseOrdre).ThenBy(j => j.Echeance ?? DateOnly.MaxValue).ThenBy(j => j.CreeLe).ToList();
        Points = await db.PointsEtape.AsNoTracking().Where(p => p.DefiId == id).OrderByDescending(p => p.DeposeLe).ToListAsync(ct);
        Equipe = (await db.MembresEquipes.AsNoTracking().Where(m => m.DefiId == id).OrderBy(m => m.NomComplet).Select(m => new { m.NomComplet, m.Profil }).ToListAsync(ct))
            .Select(m => (m.NomComplet, m.Profil)).ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ChargerAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        // Only the team files check-ins; the sponsor and staff read them.
        if (Qualite != AccesDefi.Qualite.Equipe) return NotFound();
        var f = new Formulaire(ModelState);
        if (!Enum.TryParse<Meteo>(Input.Meteo, out var meteo) || !Enum.IsDefined(meteo))
            ModelState.AddModelError("Input.Meteo", "Dites comment avance le défi.");
        var avancement = f.Texte("Avancement", Input.Avancement, "l'avancement depuis le dernier point", PointEtape.Longueur);
        var difficultes = f.Texte("Difficultes", Input.Difficultes, "les difficultés", PointEtape.Longueur, requis: false);
        var aide = f.Texte("AideSouhaitee", Input.AideSouhaitee, "l'aide souhaitée", PointEtape.Longueur, requis: false);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var moi = User.UtilisateurId();
        var nom = await db.MembresEquipes.Where(m => m.DefiId == id && m.UtilisateurId == moi).Select(m => m.NomComplet).FirstAsync(ct);
        db.PointsEtape.Add(PointEtape.Deposer(id, moi, nom, meteo, avancement, difficultes, aide, clock.UtcNow));
        audit.Enregistrer("defi.point-etape", "Defi", id.ToString(), meteo.ToString());
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "Votre point d'étape est enregistré : l'équipe du programme le lira.";
        return RedirectToPage(new { id });
    }
}
