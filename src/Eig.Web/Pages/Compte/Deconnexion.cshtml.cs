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
public class DeconnexionModel(SignInManager<Utilisateur> signIn, EigDbContext db, IAuditLog audit) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            audit.Enregistrer("compte.deconnexion");
            await db.SaveChangesAsync();
        }
        await signIn.SignOutAsync();
        TempData["Succes"] = "Vous êtes déconnecté·e.";
        return Redirect("/");
    }
}
