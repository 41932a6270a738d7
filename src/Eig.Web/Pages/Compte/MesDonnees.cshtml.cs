using System.Text.Json;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Compte;

/// <summary>Right of access and portability, one page for every role (candidates, porteurs, evaluators, jury members):
/// one JSON file gathered by <see cref="DonneesPersonnelles"/> according to the account's roles, the CV included
/// (base64-encoded).</summary>
public class MesDonneesModel(EigDbContext db, DonneesPersonnelles donnees, IAuditLog audit) : PageModel
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void OnGet() { }

    /// <summary>The file itself (a download, so the page above stays a page for browsers and screen readers): the
    /// signed-in person's data, never anyone else's (no id in the URL).</summary>
    public async Task<IActionResult> OnGetTelechargerAsync(CancellationToken ct)
    {
        var moi = User.UtilisateurId();
        var export = await donnees.ExporterAsync(moi, ct);
        audit.Enregistrer("compte.export-donnees", "Utilisateur", moi.ToString());
        await db.SaveChangesAsync(ct);
        return File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", "mes-donnees-eig.json");
    }
}
