using System.ComponentModel.DataAnnotations;
using System.Text;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Eig.Web.Pages.Compte;

/// <summary>A new password typed twice: registration, invitation and reset share these rules and messages.</summary>
public class NouveauMotDePasse
{
    [Required(ErrorMessage = "Choisissez un mot de passe.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "Le mot de passe doit contenir entre 12 et 200 caractères.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Saisissez à nouveau le mot de passe.")]
    [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
    public string Confirmation { get; set; } = "";
}

public static class LiensDeCompte
{
    /// <summary>Queues the mail with the e-mail confirmation link (in the current unit of work).</summary>
    /// <param name="retour">A local page to reach after signing in (e.g. the application form), carried by the link.</param>
    public static async Task EnvoyerConfirmationAsync(UserManager<Utilisateur> users, IOutbox outbox, MailTemplates mails, Utilisateur user,
        string? retour = null)
    {
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var suite = ConnexionModel.SafeReturnUrl(retour) is { } r ? "&returnUrl=" + Uri.EscapeDataString(r) : "";
        outbox.Ajouter(user.Email!, mails.ConfirmationCompte(user.NomComplet, mails.Lien($"/compte/confirmer-email?userId={user.Id}&code={token}{suite}")));
    }

    /// <summary>A token from a link back to Identity's form; null when the link was mangled.</summary>
    public static string? DecoderJeton(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        try { return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)); }
        catch (FormatException) { return null; }
    }
}
