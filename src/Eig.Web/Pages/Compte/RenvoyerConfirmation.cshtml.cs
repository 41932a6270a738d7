using System.ComponentModel.DataAnnotations;
using System.Text;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Eig.Web.Pages.Compte;

[AllowAnonymous]
[EnableRateLimiting(WebApp.RateLimitForms)]
public class RenvoyerConfirmationModel(UserManager<Utilisateur> users, EigDbContext db, IOutbox outbox, MailTemplates mails) : PageModel
{
    [BindProperty] public EmailInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is { EmailConfirmed: false })
        {
            await LiensDeCompte.EnvoyerConfirmationAsync(users, outbox, mails, user);
            await db.SaveChangesAsync();
        }
        return RedirectToPage("/Compte/InscriptionEnvoyee");
    }
}

public class EmailInput
{
    [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
    [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.")]
    [StringLength(256, ErrorMessage = "L'adresse électronique ne doit pas dépasser 256 caractères.")]
    public string Email { get; set; } = "";
}
