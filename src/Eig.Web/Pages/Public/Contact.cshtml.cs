using Eig.Web.Contenus.Site;
using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Eig.Web.Pages.Public;

/// <summary>Contact form, for anyone. The message is kept and mailed to the team (the staff accounts, or the address
/// in <c>Site:EmailEquipe</c> when there are none yet), in the same transaction.</summary>
[EnableRateLimiting(WebApp.RateLimitForms)]
public class ContactModel(EigDbContext db, IClock clock, IOutbox outbox, MailTemplates mails, UserManager<Utilisateur> users, IConfiguration config) : PageModel
{
    /// <summary>No line break: these fields become mail headers (a CR/LF there made the mail fail silently).</summary>
    public const string UneLigne = @"^[^\r\n]*$";

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez votre nom.")]
        [StringLength(200, ErrorMessage = "Votre nom ne peut pas dépasser 200 caractères.")]
        [RegularExpression(UneLigne, ErrorMessage = "Votre nom tient sur une ligne : retirez les retours à la ligne.")]
        public string? Nom { get; set; }

        [Required(ErrorMessage = "Saisissez votre adresse électronique, pour que nous puissions vous répondre.")]
        [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, comme nom@domaine.fr.")]
        [StringLength(256, ErrorMessage = "L'adresse électronique ne peut pas dépasser 256 caractères.")]
        [RegularExpression(UneLigne, ErrorMessage = "L'adresse électronique tient sur une ligne : retirez les retours à la ligne.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Saisissez l'objet de votre message.")]
        [StringLength(200, ErrorMessage = "L'objet ne peut pas dépasser 200 caractères.")]
        [RegularExpression(UneLigne, ErrorMessage = "L'objet tient sur une ligne : retirez les retours à la ligne.")]
        public string? Objet { get; set; }

        [Required(ErrorMessage = "Saisissez votre message.")]
        [StringLength(5000, MinimumLength = 10, ErrorMessage = "Votre message doit compter entre 10 et 5 000 caractères.")]
        public string? Message { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var message = new MessageContact
        {
            Nom = Input.Nom!.Trim(), Email = Input.Email!.Trim(), Objet = Input.Objet!.Trim(), Message = Input.Message!.Trim(), RecuLe = clock.UtcNow,
        };
        db.MessagesContact.Add(message);
        var equipe = (await users.GetUsersInRoleAsync(Roles.Staff)).Select(u => u.Email).OfType<string>().ToList();
        if (equipe.Count == 0) equipe.Add(config["Site:EmailEquipe"] ?? "eig@numerique.gouv.fr");
        var contenu = mails.Rendre(ModelesSite.MessageContact, new Dictionary<string, string?>
        {
            ["nom"] = message.Nom, ["email"] = message.Email, ["objet"] = message.Objet, ["message"] = message.Message,
        });
        foreach (var a in equipe) outbox.Ajouter(a, contenu);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "Votre message est envoyé. L'équipe vous répond en général sous une semaine.";
        return RedirectToPage();
    }
}
