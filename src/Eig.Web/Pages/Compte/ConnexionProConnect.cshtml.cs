using Eig.Web.Comptes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Eig.Web.Pages.Compte;

/// <summary>The ProConnect button posts here (the challenge); ProConnect's answer, checked by the OpenID Connect
/// handler at <c>/signin-proconnect</c>, comes back to the "Retour" handler, which decides what the identity leads to.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebApp.RateLimitForms)]
public class ConnexionProConnectModel(SignInManager<Utilisateur> signIn, ConnexionsProConnect connexions, IConfiguration config) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => Redirect("/compte/connexion");

    public IActionResult OnPost() => Defi(mfa: false);

    /// <summary>Staff whose ProConnect sign-in came without a second factor: ask ProConnect again, with MFA.</summary>
    public IActionResult OnGetMfa() => Defi(mfa: true);

    private IActionResult Defi(bool mfa)
    {
        if (!ProConnect.Active(config)) return NotFound();
        var retour = Url.Page("/Compte/ConnexionProConnect", "Retour", new { ReturnUrl = ConnexionModel.SafeReturnUrl(ReturnUrl) });
        var props = signIn.ConfigureExternalAuthenticationProperties(ProConnect.Scheme, retour);
        if (mfa) props.Items[ProConnect.ItemMfa] = "1";
        return Challenge(props, ProConnect.Scheme);
    }

    public async Task<IActionResult> OnGetRetourAsync()
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            TempData["Erreur"] = "La connexion avec ProConnect n'a pas abouti. Recommencez.";
            return Redirect("/compte/connexion");
        }
        var (issue, message) = await connexions.ConnecterAsync(info);
        switch (issue)
        {
            case ConnexionsProConnect.Issue.CompteALier:
                return RedirectToPage("/Compte/LierProConnect", new { ReturnUrl });
            case ConnexionsProConnect.Issue.DemanderMfa:
                return RedirectToPage("/Compte/ConnexionProConnect", "Mfa", new { ReturnUrl });
            case ConnexionsProConnect.Issue.DeuxiemeFacteurLocal:
                await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
                return RedirectToPage("/Compte/Connexion2fa", new { ReturnUrl });
            case ConnexionsProConnect.Issue.Refuse:
                await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
                TempData["Erreur"] = message;
                return Redirect("/compte/connexion");
            default:
                await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
                return LocalRedirect(ConnexionModel.SafeReturnUrl(ReturnUrl) ?? "/compte");
        }
    }
}
