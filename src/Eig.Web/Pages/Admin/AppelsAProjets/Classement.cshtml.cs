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
    /// <summary>This page's rows with their rank in the whole ranking (none for a dossier without a review yet).</summary>
    public List<(int? Rang, ClassementAppel.Ligne Ligne)> Lignes { get; private set; } = [];
    public const int ParPage = 100;
    public int NumeroPage { get; private set; } = 1;
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + ParPage - 1) / ParPage);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var appel = await db.AppelsAProjets.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (appel is null) return NotFound();
        Appel = appel;
        (Grille, NumeroPage, Total, Lignes) = await ClassementAppel.PageAsync(db, appel,
            Infrastructure.Http.Pagination.NumeroDemande(Request), ParPage, ct);
        return Page();
    }
}
