using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.EspaceCandidat;

/// <summary>Right of access and portability: everything the programme holds on the candidate, as one JSON file
/// (the CV included, base64-encoded), gathered by <see cref="DonneesPersonnelles"/> as for every role.</summary>
public class MesDonneesModel(EigDbContext db, DonneesPersonnelles donnees, IAuditLog audit) : PageModel
{
    public void OnGet() { }

    /// <summary>The file itself (a download, so the page above stays a page for browsers and screen readers).</summary>
    public async Task<IActionResult> OnGetTelechargerAsync(CancellationToken ct) =>
        await Compte.MesDonneesModel.TelechargerAsync(this, db, donnees, audit, "candidat.export-donnees", ct);
}
