using Eig.Web.Infrastructure.Http;
using System.ComponentModel.DataAnnotations;
using System.Text;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Eig.Web.Pages.Compte;

[AllowAnonymous]
[EnableRateLimiting(WebApp.RateLimitForms)]
[TravailLourd]
public class ReinitialiserMotDePasseModel(UserManager<Utilisateur> users, EigDbContext db, IAuditLog audit, TimeProvider time) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public class InputModel : NouveauMotDePasse
    {
        public string Email { get; set; } = "";
        public string Code { get; set; } = "";
    }

    public IActionResult OnGet(string? email, string? code)
    {
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(code)) return NotFound();
        Input = new InputModel { Email = email, Code = code };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email);
        var token = LiensDeCompte.DecoderJeton(Input.Code) ?? "";
        var result = user is null ? IdentityResult.Failed(new IdentityErrorDescriber().InvalidToken()) : await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Code.StartsWith("Password") ? "Input.Password" : "",
                    e.Code == "InvalidToken" ? "Ce lien n'est plus valable. Demandez-en un nouveau depuis « Mot de passe oublié »." : e.Description);
            return Page();
        }
        // A reset also lifts a lockout: the person proved they own the address.
        await users.SetLockoutEndDateAsync(user!, null);
        await users.ResetAccessFailedCountAsync(user!);
        // Whoever knew the old password is signed out everywhere, now.
        await SessionsServeur.FermerToutesAsync(db, users, user!, time.GetUtcNow().UtcDateTime);
        audit.Enregistrer("compte.mot-de-passe-reinitialise", "Utilisateur", user!.Id.ToString(), acteurId: user.Id, acteurEmail: user.Email);
        await db.SaveChangesAsync();
        TempData["Succes"] = "Votre mot de passe a été changé. Vous pouvez vous connecter.";
        return Redirect("/compte/connexion");
    }
}
