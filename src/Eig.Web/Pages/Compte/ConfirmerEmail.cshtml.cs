using System.Text;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Eig.Web.Pages.Compte;

[AllowAnonymous]
public class ConfirmerEmailModel(UserManager<Utilisateur> users, EigDbContext db, IAuditLog audit) : PageModel
{
    public bool Reussi { get; private set; }
    public string Connexion { get; private set; } = "/compte/connexion";

    public async Task OnGetAsync(Guid userId, string? code, string? returnUrl)
    {
        if (ConnexionModel.SafeReturnUrl(returnUrl) is { } retour)
            Connexion = "/compte/connexion?ReturnUrl=" + Uri.EscapeDataString(retour);
        var user = userId == Guid.Empty ? null : await users.FindByIdAsync(userId.ToString());
        var token = LiensDeCompte.DecoderJeton(code);
        if (user is null || token is null) return;
        var result = await users.ConfirmEmailAsync(user, token);
        Reussi = result.Succeeded;
        if (Reussi)
        {
            audit.Enregistrer("compte.email-confirme", "Utilisateur", user.Id.ToString(), acteurId: user.Id, acteurEmail: user.Email);
            await db.SaveChangesAsync();
        }
    }
}
