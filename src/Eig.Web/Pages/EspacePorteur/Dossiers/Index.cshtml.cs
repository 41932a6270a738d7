using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.EspacePorteur.Dossiers;

/// <summary>Porteur: their dossiers (created or co-edited) and the open calls they can file to.</summary>
public class IndexModel(EigDbContext db, DossierAcces acces, IClock clock, IAuditLog audit) : PageModel
{
    public sealed record Ligne(Guid Id, int Numero, string Titre, string Appel, EtatDossier Etat, DateTime ModifieLe);
    public sealed record AppelOuvert(Guid Id, string Titre, DateOnly? Cloture);

    public List<Ligne> Dossiers { get; private set; } = [];
    public List<AppelOuvert> Appels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var moi = User.UtilisateurId();
        Dossiers = await acces.DuPorteur(moi)
            .OrderByDescending(d => d.ModifieLe)
            .Select(d => new Ligne(d.Id, d.Numero, d.Titre,
                db.AppelsAProjets.Where(a => a.Id == d.AppelId).Select(a => a.Titre).First(), d.Etat, d.ModifieLe))
            .ToListAsync(ct);
        Appels = (await db.AppelsAProjets.ToListAsync(ct))
            .Where(a => a.EstOuvert(DateOnly.FromDateTime(clock.UtcNow)))
            .Select(a => new AppelOuvert(a.Id, a.Titre, a.Cloture)).ToList();
    }

    public async Task<IActionResult> OnPostCommencerAsync(Guid appelId, CancellationToken ct)
    {
        var appel = await db.AppelsAProjets.FirstOrDefaultAsync(a => a.Id == appelId, ct);
        if (appel is null || !appel.EstOuvert(DateOnly.FromDateTime(clock.UtcNow)))
        {
            TempData["Erreur"] = "Cet appel à projets n'est pas ouvert.";
            return RedirectToPage();
        }
        var maintenant = clock.UtcNow;
        var dossier = new DossierProjet
        {
            AppelId = appel.Id, PorteurId = User.UtilisateurId(), CreeLe = maintenant, ModifieLe = maintenant,
        };
        // Numbers are human references (AAP-0042); the unique index catches the rare race, and we retry once.
        for (var essai = 0; ; essai++)
        {
            dossier.Numero = (await db.DossiersProjets.MaxAsync(d => (int?)d.Numero, ct) ?? 0) + 1;
            db.DossiersProjets.Add(dossier);
            audit.Enregistrer("dossier.creer", "DossierProjet", dossier.Id.ToString(), appel.Titre);
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (essai == 0)
            {
                db.ChangeTracker.Clear();
            }
        }
        return RedirectToPage("Etape", new { id = dossier.Id, numero = 1 });
    }
}
