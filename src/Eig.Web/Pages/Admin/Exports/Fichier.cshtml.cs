using Eig.Web.Extractions;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Exports;

/// <summary>The link of the "export ready" mail: the file for the person who asked for it (anyone else: 404), or a
/// page saying it is still being prepared.</summary>
public class FichierModel(EigDbContext db, IAuditLog audit) : PageModel
{
    public EtatExport Etat { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var moi = User.UtilisateurId();
        var e = await db.ExportsPrepares.AsNoTracking().Where(x => x.Id == id && x.DemandeParId == moi)
            .Select(x => new { x.Etat, x.Jeu, x.Format }).FirstOrDefaultAsync(ct);
        if (e is null) return NotFound();
        Etat = e.Etat;
        if (e.Etat != EtatExport.Pret) return Page();
        var f = await db.ExportsPrepares.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Contenu, x.TypeMime, x.NomFichier }).SingleAsync(ct);
        audit.Enregistrer("export.telecharge", "Export", e.Jeu, e.Format);
        await db.SaveChangesAsync(ct);
        return File(f.Contenu ?? [], f.TypeMime, f.NomFichier);
    }
}
