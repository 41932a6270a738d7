using System.Text;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
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
public class MotDePasseOublieModel(UserManager<Utilisateur> users, EigDbContext db, IOutbox outbox, MailTemplates mails, IAuditLog audit) : PageModel
{
    [BindProperty] public EmailInput Input { get; set; } = new();
    public bool Envoye { get; private set; }

    public void OnGet(bool envoye = false) => Envoye = envoye;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        // Same answer for every address: the page must not reveal who has an account.
        if (user is { EmailConfirmed: true })
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            outbox.Ajouter(user.Email!, mails.ReinitialisationMotDePasse(mails.Lien($"/compte/reinitialiser-mot-de-passe?email={Uri.EscapeDataString(user.Email!)}&code={token}")));
            audit.Enregistrer("compte.reinitialisation-demandee", "Utilisateur", user.Id.ToString(), acteurId: user.Id, acteurEmail: user.Email);
            await db.SaveChangesAsync();
        }
        return RedirectToPage(new { envoye = true });
    }
}
