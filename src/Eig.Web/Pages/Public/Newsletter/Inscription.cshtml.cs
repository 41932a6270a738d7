using System.ComponentModel.DataAnnotations;
using Eig.Web.Contenus.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Eig.Web.Pages.Public.Newsletter;

/// <summary>Newsletter signup, for anyone. Also the target of the form in the "wait" block of the programme's pages,
/// which is posted without antiforgery token (see _NewsletterForm): a forged signup only sends a confirmation.</summary>
[IgnoreAntiforgeryToken]
[EnableRateLimiting(WebApp.RateLimitForms)]
public class InscriptionModel(NewsletterService newsletter) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, comme nom@domaine.fr.")]
        [StringLength(256, ErrorMessage = "L'adresse électronique ne peut pas dépasser 256 caractères.")]
        public string? Email { get; set; }
    }

    // The wait block's form posts "Email"; this page's own form posts "Input.Email": both bind here.
    [BindProperty] public InputModel Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        await newsletter.InscrireAsync(Input.Email!, "site", ct);
        TempData["Succes"] = "Merci ! Un courriel vient de vous être envoyé : cliquez sur son lien pour confirmer votre inscription.";
        return RedirectToPage("/Public/Newsletter/Inscription");
    }
}
