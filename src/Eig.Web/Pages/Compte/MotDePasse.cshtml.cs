using Eig.Web.Infrastructure.Http;
using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Eig.Web.Pages.Compte;

/// <summary>A new password for a signed-in person: the current one first; every other session ends.</summary>
[EnableRateLimiting(WebApp.RateLimitForms)]
[TravailLourd]
public class MotDePasseModel(UserManager<Utilisateur> users, SignInManager<Utilisateur> signIn, EigDbContext db, IAuditLog audit,
    TimeProvider time) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public class InputModel : NouveauMotDePasse
    {
        [Required(ErrorMessage = "Saisissez votre mot de passe actuel.")]
        [StringLength(200, ErrorMessage = "Le mot de passe ne doit pas dépasser 200 caractères.")]
        public string Actuel { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Input.Actuel, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.Actuel" : "Input.Password",
                    e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Ce n'est pas votre mot de passe actuel." : e.Description);
            return Page();
        }
        await SessionsServeur.FermerToutesAsync(db, users, user, time.GetUtcNow().UtcDateTime, saufSession: SessionsServeur.Courante(HttpContext));
        await signIn.RefreshSignInAsync(user);
        audit.Enregistrer("compte.mot-de-passe-change", "Utilisateur", user.Id.ToString());
        await db.SaveChangesAsync();
        TempData["Succes"] = "Votre mot de passe est changé. Vos autres sessions sont fermées.";
        return Redirect("/compte");
    }
}
