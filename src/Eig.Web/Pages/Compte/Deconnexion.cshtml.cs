using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Compte;

/// <summary>Logging out is a POST (a link could be followed by a prefetcher); the GET shows the button.</summary>
[AllowAnonymous]
public class DeconnexionModel(SignInManager<Utilisateur> signIn, UserManager<Utilisateur> users, EigDbContext db, IAuditLog audit) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            audit.Enregistrer("compte.deconnexion");
            await db.SaveChangesAsync();
        }
        var idToken = User.HasClaim(c => c.Type == ProConnect.ClaimIdp) && await users.GetUserAsync(User) is { } user
            ? await users.GetAuthenticationTokenAsync(user, ProConnect.Scheme, "id_token")
            : null;
        await signIn.SignOutAsync();
        TempData["Succes"] = "Vous êtes déconnecté·e.";
        if (idToken is not null)
        {
            // Signed in through ProConnect: leave ProConnect too (end_session with the id_token), then back home.
            var props = new Microsoft.AspNetCore.Authentication.AuthenticationProperties { RedirectUri = "/" };
            props.Items[ProConnect.ItemIdToken] = idToken;
            return SignOut(props, ProConnect.Scheme);
        }
        return Redirect("/");
    }
}
