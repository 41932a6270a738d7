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
public class ConnexionCodeSecoursModel(SignInManager<Utilisateur> signIn, EigDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Saisissez un de vos codes de secours.")]
        [StringLength(20, ErrorMessage = "Un code de secours compte 11 caractères.")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/compte/connexion") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Redirect("/compte/connexion");
        if (!ModelState.IsValid) return Page();
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Input.Code.Replace(" ", ""));
        audit.Enregistrer(result.Succeeded ? "compte.connexion-code-secours" : "compte.connexion-code-secours-echec", "Utilisateur",
            user.Id.ToString(), acteurId: user.Id, acteurEmail: user.Email);
        await db.SaveChangesAsync();
        if (result.Succeeded) return LocalRedirect(ConnexionModel.SafeReturnUrl(ReturnUrl) ?? "/compte");
        ModelState.AddModelError("Input.Code", result.IsLockedOut ? "Trop d'essais : ce compte est verrouillé pour 15 minutes." : "Ce code de secours n'est pas valable.");
        return Page();
    }
}
