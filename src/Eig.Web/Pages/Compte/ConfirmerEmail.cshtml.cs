using Eig.Web.Infrastructure.Http;
using System.Text;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Eig.Web.Pages.Compte;

[AllowAnonymous]
[TravailLourd(AussiEnLecture = true)]
public class ConfirmerEmailModel(UserManager<Utilisateur> users, EigDbContext db, IAuditLog audit, MotsDePasseEnAttente motsDePasse) : PageModel
{
    public bool Reussi { get; private set; }
    public string Connexion { get; private set; } = "/compte/connexion";

    public async Task OnGetAsync(Guid userId, string? code, string? returnUrl)
    {
        if (AdresseDeRetour.Locale(returnUrl) is { } retour)
            Connexion = "/compte/connexion?ReturnUrl=" + Uri.EscapeDataString(retour);
        var user = userId == Guid.Empty ? null : await users.FindByIdAsync(userId.ToString());
        var token = LiensDeCompte.DecoderJeton(code);
        if (user is null || token is null) return;
        // A password still waiting for the background worker stays so: the confirmation neither hashes it nor loses it.
        var result = await motsDePasse.ConfirmerAdresseAsync(user, token);
        Reussi = result.Succeeded;
        if (Reussi)
        {
            audit.Enregistrer("compte.email-confirme", "Utilisateur", user.Id.ToString(), acteurId: user.Id, acteurEmail: user.Email);
            await db.SaveChangesAsync();
        }
    }
}
