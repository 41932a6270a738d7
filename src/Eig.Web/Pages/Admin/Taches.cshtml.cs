using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Planification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin;

/// <summary>The jobs the service runs by itself: when each ran last, with what result, and when it runs next.</summary>
public class TachesModel(EigDbContext db, Planificateur planificateur) : PageModel
{
    public sealed record Ligne(TachePlanifiee Tache, EtatTache? Etat);

    public List<Ligne> Lignes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var etats = await db.Taches.AsNoTracking().ToDictionaryAsync(t => t.Nom, ct);
        Lignes = Planificateur.Taches.Select(t => new Ligne(t, etats.GetValueOrDefault(t.Nom))).ToList();
    }

    public async Task<IActionResult> OnPostLancerAsync(string nom, CancellationToken ct)
    {
        if (Planificateur.Trouver(nom) is not { } tache) return NotFound();
        if (await planificateur.LancerMaintenantAsync(tache.Nom, ct))
            TempData["Succes"] = $"Tâche « {tache.Libelle} » exécutée.";
        else
            TempData["Erreur"] = $"La tâche « {tache.Libelle} » est déjà en cours : réessayez dans quelques minutes.";
        return RedirectToPage();
    }
}
