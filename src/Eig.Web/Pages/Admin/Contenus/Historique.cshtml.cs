using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Contenus;

/// <summary>Staff (with 2FA): a page's revisions, the difference between one and the current page, and restoring it
/// (which is itself a new revision, so a restore can be undone).</summary>
public class HistoriqueModel(EigDbContext db, ContentEditor editor) : PageModel
{
    public sealed record Ligne(Guid Id, DateTime CreeLe, string Auteur, string Motif);

    public PageContenu Contenu { get; private set; } = default!;
    public IReadOnlyList<Ligne> Revisions { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public Guid? Revision { get; set; }
    public IReadOnlyList<(char Sens, string Ligne)>? Diff { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Pages.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return NotFound();
        Contenu = p;
        Revisions = (await db.Revisions.AsNoTracking().Where(r => r.Collection == "page" && r.ObjetId == id)
                .Select(r => new { r.Id, r.CreeLe, r.Auteur, r.Motif }).ToListAsync(ct))
            .OrderByDescending(r => r.CreeLe).Select(r => new Ligne(r.Id, r.CreeLe, r.Auteur, r.Motif)).ToList();
        if (Revision is { } rid)
        {
            var r = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == rid && x.ObjetId == id, ct);
            if (r is null) return NotFound();
            Diff = ContentEditor.Diff(r.Contenu, ContentEditor.Instantane(p));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRestaurerAsync(Guid id, Guid revision, CancellationToken ct)
    {
        var p = await db.Pages.FirstOrDefaultAsync(x => x.Id == id, ct);
        var r = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == revision && x.ObjetId == id, ct);
        if (p is null || r is null) return NotFound();
        var doc = FrontMatterDocument.Lire(r.Contenu, "révision");
        var enTete = r.Contenu["---\n".Length..(r.Contenu.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 1)];
        ContentEditor.Appliquer(p, enTete, doc.Corps);
        await editor.EnregistrerAsync(p, $"Restauration de la version du {Fr.DateEtHeure(r.CreeLe)}", ct);
        TempData["Succes"] = "La version choisie est restaurée. L'état précédent reste dans l'historique.";
        return Redirect($"/admin/contenus/pages/{id}/historique");
    }
}
