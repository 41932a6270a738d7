using System.ComponentModel.DataAnnotations;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Mail;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Eig.Web.Pages.Compte;

/// <summary>A ProConnect identity whose address already has an account here: it is linked only once the person has
/// proven the account is theirs, by its password once, or by the link mailed to the account's address.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebApp.RateLimitForms)]
public class LierProConnectModel(SignInManager<Utilisateur> signIn, UserManager<Utilisateur> users, ConnexionsProConnect connexions,
    IOutbox outbox, MailTemplates mails, Eig.Web.Infrastructure.Database.EigDbContext db, FreinConnexion frein) : PageModel
{
    public const string ButJeton = "LierProConnect";

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public string Email { get; private set; } = "";
    public bool LienEnvoye { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez le mot de passe de votre compte.")]
        [StringLength(200, ErrorMessage = "Le mot de passe ne doit pas dépasser 200 caractères.")]
        [Display(Name = "Mot de passe de votre compte")]
        public string? Password { get; set; }
    }

    private async Task<(ExternalLoginInfo, Utilisateur)?> EnAttenteAsync()
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info?.Valeur("email") is not { } email || await users.FindByEmailAsync(email) is not { } user) return null;
        Email = email;
        return (info, user);
    }

    public async Task<IActionResult> OnGetAsync() =>
        await EnAttenteAsync() is null ? Expire() : Page();

    public async Task<IActionResult> OnPostMotDePasseAsync()
    {
        if (await EnAttenteAsync() is not var (info, user)) return Expire();
        if (!ModelState.IsValid) return Page();
        // Wrong passwords are delayed like at sign-in, never locking the account (finding 5 of issue 11).
        var client = HttpContext.Connection.RemoteIpAddress;
        if (frein.Attente(Email, client) is { } attente)
        {
            ModelState.AddModelError("Input.Password", FreinConnexion.Message(attente));
            return Page();
        }
        var r = await signIn.CheckPasswordSignInAsync(user, Input.Password!, lockoutOnFailure: false);
        if (!r.Succeeded)
        {
            if (!r.IsLockedOut) frein.Echec(Email, client);
            ModelState.AddModelError("Input.Password", r.IsLockedOut
                ? FreinConnexion.Message(TimeSpan.FromMinutes(15))
                : "Ce mot de passe n'est pas celui du compte.");
            return Page();
        }
        frein.Succes(Email, client);
        await connexions.LierAsync(user, info.ProviderKey, "par mot de passe");
        var (issue, message) = await connexions.ConnecterAsync(info);
        return issue switch
        {
            ConnexionsProConnect.Issue.Connecte => await TermineAsync(AdresseDeRetour.Locale(ReturnUrl) ?? "/compte"),
            ConnexionsProConnect.Issue.DeuxiemeFacteurLocal => await TermineAsync($"/compte/connexion-2fa?ReturnUrl={Uri.EscapeDataString(ReturnUrl ?? "")}"),
            ConnexionsProConnect.Issue.DemanderMfa => RedirectToPage("/Compte/ConnexionProConnect", "Mfa", new { ReturnUrl }),
            _ => Refus(message),
        };
    }

    public async Task<IActionResult> OnPostCourrielAsync()
    {
        ModelState.Clear();
        if (await EnAttenteAsync() is not var (info, user)) return Expire();
        var jeton = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, ButJeton + ":" + info.ProviderKey);
        var lien = mails.Lien($"/compte/lier-proconnect?handler=Confirmer&utilisateur={user.Id}&cle={Uri.EscapeDataString(info.ProviderKey)}&jeton={Uri.EscapeDataString(jeton)}");
        outbox.Ajouter(user.Email!, mails.Rendre(ModelesComptes.LierProConnect, lien));
        await db.SaveChangesAsync();
        LienEnvoye = true;
        return Page();
    }

    /// <summary>The mailed link: opening it proves the mailbox; the link is then made (whatever the browser).</summary>
    public async Task<IActionResult> OnGetConfirmerAsync(Guid utilisateur, string? cle, string? jeton)
    {
        var user = await users.FindByIdAsync(utilisateur.ToString());
        if (user is null || string.IsNullOrEmpty(cle) || string.IsNullOrEmpty(jeton)
            || !await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, ButJeton + ":" + cle, jeton))
        {
            TempData["Erreur"] = "Ce lien n'est pas (ou plus) valable. Identifiez-vous de nouveau avec ProConnect pour en recevoir un autre.";
            return Redirect("/compte/connexion");
        }
        await connexions.LierAsync(user, cle, "par lien envoyé par courriel");
        TempData["Succes"] = "Votre compte est relié à ProConnect. Identifiez-vous avec ProConnect pour vous connecter.";
        return Redirect("/compte/connexion");
    }

    private async Task<IActionResult> TermineAsync(string url)
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        return LocalRedirect(url);
    }

    private IActionResult Refus(string? message)
    {
        TempData["Erreur"] = message;
        return Redirect("/compte/connexion");
    }

    private IActionResult Expire()
    {
        TempData["Erreur"] = "La connexion avec ProConnect a expiré. Identifiez-vous de nouveau avec ProConnect.";
        return Redirect("/compte/connexion");
    }
}
