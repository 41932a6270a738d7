using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Eig.Web.Pages.Compte;

/// <summary>Sets up TOTP (required for staff before the back office), then signs the person in again with amr=mfa.</summary>
public class DoubleAuthentificationModel(UserManager<Utilisateur> users, SignInManager<Utilisateur> signIn, EigDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public bool DejaActive { get; private set; }
    public bool DoitSeReconnecter { get; private set; }
    public bool Obligatoire { get; private set; }
    public string CleFormatee { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";
    public IReadOnlyList<string>? CodesDeSecours { get; private set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Saisissez le code à 6 chiffres affiché par l'application.")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Le code se compose de 6 chiffres.")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await Prepare(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (user.TwoFactorEnabled) return RedirectToPage();
        if (!ModelState.IsValid)
        {
            await Prepare(user);
            return Page();
        }
        var code = Input.Code.Replace(" ", "");
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError("Input.Code", "Ce code n'est pas valable. Vérifiez l'heure de votre téléphone et saisissez le code affiché maintenant.");
            await Prepare(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        audit.Enregistrer("compte.2fa-activee", "Utilisateur", user.Id.ToString());
        await db.SaveChangesAsync();
        // The person just proved the second factor: sign in again with it, so the back office opens.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        CodesDeSecours = codes;
        ReturnUrl = ConnexionModel.SafeReturnUrl(ReturnUrl);
        return Page();
    }

    /// <summary>2FA is on but this session was opened without it (e.g. before activation elsewhere): sign out and back in.</summary>
    public async Task<IActionResult> OnPostReconnexionAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/compte/connexion?ReturnUrl=" + Uri.EscapeDataString(ConnexionModel.SafeReturnUrl(ReturnUrl) ?? "/admin"));
    }

    private async Task Prepare(Utilisateur user)
    {
        Obligatoire = User.IsInRole(Roles.Staff);
        DejaActive = user.TwoFactorEnabled;
        DoitSeReconnecter = DejaActive && Obligatoire && !User.HasClaim("amr", "mfa");
        if (DejaActive) return;

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        CleFormatee = string.Join(' ', Enumerable.Range(0, (key!.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - i * 4)))).ToLowerInvariant();
        var uri = $"otpauth://totp/{Uri.EscapeDataString("EIG")}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=EIG&digits=6";
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(qr).GetGraphic(5);
        QrCodeDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
