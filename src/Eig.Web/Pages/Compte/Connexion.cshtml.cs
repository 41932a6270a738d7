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
public class ConnexionModel(SignInManager<Utilisateur> signIn, UserManager<Utilisateur> users, EigDbContext db, IAuditLog audit, IConfiguration config) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public bool Verrouille { get; private set; }
    public bool NonConfirme { get; private set; }
    public bool ProConnectActif => ProConnect.Active(config);
    [BindProperty(SupportsGet = true, Name = "proconnect")] public string? ProConnectEchec { get; set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.")]
        [StringLength(256, ErrorMessage = "L'adresse électronique ne doit pas dépasser 256 caractères.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Saisissez votre mot de passe.")]
        [StringLength(200, ErrorMessage = "Le mot de passe ne doit pas dépasser 200 caractères.")]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var user = await users.FindByEmailAsync(Input.Email);
        var result = await signIn.PasswordSignInAsync(user?.UserName ?? Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            audit.Enregistrer("compte.connexion", "Utilisateur", user!.Id.ToString(), acteurId: user.Id, acteurEmail: user.Email);
            await db.SaveChangesAsync();
            return LocalRedirect(SafeReturnUrl(ReturnUrl) ?? "/compte");
        }
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Compte/Connexion2fa", new { ReturnUrl, Input.RememberMe });

        audit.Enregistrer(result.IsLockedOut ? "compte.verrouille" : "compte.connexion-echec", "Utilisateur", user?.Id.ToString(),
            acteurId: user?.Id, acteurEmail: Input.Email.Length > 256 ? Input.Email[..256] : Input.Email);
        await db.SaveChangesAsync();

        // Each refusal is a model error next to its field, which is what makes the page filter answer 400; the
        // alerts above the form add the way out (reset the password, get a new confirmation link).
        if (result.IsLockedOut)
        {
            Verrouille = true;
            ModelState.AddModelError("Input.Password", "Ce compte est verrouillé pour 15 minutes après plusieurs essais infructueux.");
        }
        else if (result.IsNotAllowed && user is not null && !user.EmailConfirmed)
        {
            NonConfirme = true;
            ModelState.AddModelError("Input.Email", "Confirmez d'abord cette adresse électronique : ouvrez le lien reçu par courriel.");
        }
        else ModelState.AddModelError("Input.Password", "Adresse électronique ou mot de passe incorrect.");
        return Page();
    }

    /// <summary>Only local paths: a login link must never send someone to another site.</summary>
    public static string? SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : null;
}
