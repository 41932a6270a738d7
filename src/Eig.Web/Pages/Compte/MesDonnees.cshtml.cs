using System.Text.Json;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Compte;

/// <summary>Right of access and portability for porteurs, evaluators and jury members: the same JSON file as the
/// candidates', gathered by <see cref="DonneesPersonnelles"/> according to the account's roles.</summary>
public class MesDonneesModel(EigDbContext db, DonneesPersonnelles donnees, IAuditLog audit) : PageModel
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void OnGet() { }

    public async Task<IActionResult> OnGetTelechargerAsync(CancellationToken ct) =>
        await TelechargerAsync(this, db, donnees, audit, "compte.export-donnees", ct);

    /// <summary>One download for every space: the signed-in person's data, never anyone else's (no id in the URL).</summary>
    internal static async Task<IActionResult> TelechargerAsync(PageModel page, EigDbContext db, DonneesPersonnelles donnees, IAuditLog audit,
        string action, CancellationToken ct)
    {
        var moi = page.User.UtilisateurId();
        var export = await donnees.ExporterAsync(moi, ct);
        audit.Enregistrer(action, "Utilisateur", moi.ToString());
        await db.SaveChangesAsync(ct);
        return page.File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", "mes-donnees-eig.json");
    }
}
