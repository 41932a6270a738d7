using Eig.Web.Infrastructure.Http;
using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Eig.Web.Pages.Compte;

[AllowAnonymous]
[EnableRateLimiting(WebApp.RateLimitForms)]
[TravailLourd]
public class ConnexionModel(SignInManager<Utilisateur> signIn, UserManager<Utilisateur> users, EigDbContext db, IAuditLog audit,
    FreinConnexion frein, HachageFactice factice, MotsDePasseEnAttente motsDePasse, IConfiguration config) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
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

    /// <summary>One answer for an unknown address, a wrong password, or too many tries, and the same cost (a password
    /// hash is checked either way): the page never tells whether an address has an account. Only someone who typed the
    /// right password learns that the address still needs confirming.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var client = HttpContext.Connection.RemoteIpAddress;
        if (frein.Attente(Input.Email, client) is { } attente)
        {
            audit.Enregistrer("compte.connexion-freinee", "Utilisateur", null, acteurEmail: Tronquer(Input.Email));
            await db.SaveChangesAsync();
            ModelState.AddModelError("Input.Password", FreinConnexion.Message(attente));
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is { PasswordHash: null })
        {
            // A sign-up whose password the background worker has not hashed yet: done now rather than refused.
            await motsDePasse.TerminerAsync(user.Id);
            await db.Entry(user).ReloadAsync();
        }
        var motDePasseJuste = false;
        if (user is null) factice.Verifier(Input.Password);
        else motDePasseJuste = await users.CheckPasswordAsync(user, Input.Password);

        if (!motDePasseJuste)
        {
            frein.Echec(Input.Email, client);
            audit.Enregistrer("compte.connexion-echec", "Utilisateur", user?.Id.ToString(), acteurId: user?.Id, acteurEmail: Tronquer(Input.Email));
            await db.SaveChangesAsync();
            ModelState.AddModelError("Input.Password", "Adresse électronique ou mot de passe incorrect.");
            return Page();
        }
        frein.Succes(Input.Email, client);
        if (!user!.EmailConfirmed)
        {
            // Each refusal is a model error next to its field (what makes the page filter answer 400); the alert
            // above the form adds the way out (a new confirmation link).
            NonConfirme = true;
            ModelState.AddModelError("Input.Email", "Confirmez d'abord cette adresse électronique : ouvrez le lien reçu par courriel.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: false);
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Compte/Connexion2fa", new { ReturnUrl = AdresseDeRetour.Locale(ReturnUrl), Input.RememberMe });
        if (!result.Succeeded)
        {
            // Locked by too many wrong second-factor codes: the same wording as the delays above.
            ModelState.AddModelError("Input.Password", FreinConnexion.Message(TimeSpan.FromMinutes(15)));
            return Page();
        }
        audit.Enregistrer("compte.connexion", "Utilisateur", user.Id.ToString(), acteurId: user.Id, acteurEmail: user.Email);
        await db.SaveChangesAsync();
        return Redirect(AdresseDeRetour.Locale(ReturnUrl) ?? AdresseDeRetour.Accueil(await users.GetRolesAsync(user)));
    }

    private static string Tronquer(string email) => email.Length > 256 ? email[..256] : email;
}
