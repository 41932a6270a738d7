using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Eig.Web.Pages.Compte;

[AllowAnonymous]
[EnableRateLimiting(WebApp.RateLimitForms)]
public class Connexion2faModel(SignInManager<Utilisateur> signIn, EigDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public bool RememberMe { get; set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Saisissez le code à 6 chiffres.")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Le code se compose de 6 chiffres.")]
        public string Code { get; set; } = "";
        public bool RememberMachine { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return Redirect("/compte/connexion");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Redirect("/compte/connexion");
        if (!ModelState.IsValid) return Page();

        var code = Input.Code.Replace(" ", "");
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberMachine);
        audit.Enregistrer(result.Succeeded ? "compte.connexion-2fa" : "compte.connexion-2fa-echec", "Utilisateur", user.Id.ToString(),
            acteurId: user.Id, acteurEmail: user.Email);
        await db.SaveChangesAsync();
        if (result.Succeeded) return LocalRedirect(ConnexionModel.SafeReturnUrl(ReturnUrl) ?? "/compte");
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("Input.Code", "Trop d'essais : ce compte est verrouillé pour 15 minutes.");
            return Page();
        }
        ModelState.AddModelError("Input.Code", "Ce code n'est pas valable. Vérifiez l'heure de votre téléphone et saisissez le code affiché maintenant.");
        return Page();
    }
}
