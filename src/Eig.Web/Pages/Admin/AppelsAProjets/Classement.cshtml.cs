using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.AppelsAProjets;

/// <summary>Staff: the call's dossiers ranked by their reviews (weighted mean, median, spread), with the dossiers
/// reviewers disagree on flagged for discussion.</summary>
public class ClassementModel(EigDbContext db) : PageModel
{
    public AppelAProjets Appel { get; private set; } = null!;
    public Grille Grille { get; private set; } = null!;
    public List<ClassementAppel.Ligne> Lignes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var appel = await db.AppelsAProjets.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (appel is null) return NotFound();
        Appel = appel;
        (Grille, Lignes) = await ClassementAppel.CalculerAsync(db, id, null, ct);
        return Page();
    }
}
