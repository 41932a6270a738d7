using System.ComponentModel.DataAnnotations;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Compte;

/// <summary>Right to erasure, one page for every role — candidates, porteurs, evaluators, jury members
/// (<see cref="DonneesPersonnelles.SupprimerAsync"/>); the page says what goes and what stays for the roles the person
/// has. They confirm with their password or, when they sign in with ProConnect only, by typing their address.</summary>
public class SupprimerMonCompteModel(DonneesPersonnelles donnees, UserManager<Utilisateur> users, SignInManager<Utilisateur> signIn) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    /// <summary>No password to ask (ProConnect only): the address is typed instead.</summary>
    public bool SansMotDePasse { get; private set; }

    /// <summary>Why the account cannot go (staff, dossier nobody else can finish), shown before the form.</summary>
    public string? Refus { get; private set; }

    public bool Candidat => User.IsInRole(Roles.Candidat);
    public bool Porteur => User.IsInRole(Roles.Porteur);
    public bool Evaluateur => User.IsInRole(Roles.Evaluateur);
    public bool Jury => User.IsInRole(Roles.Jury);

    /// <summary>"Annuler" goes back to where the person came from: their space.</summary>
    public string Retour => AdresseDeRetour.Accueil(User);

    public sealed class InputModel
    {
        public bool Confirmation { get; set; }

        /// <summary>Asked again: a session left open on a shared computer must not be enough to erase an account.</summary>
        [StringLength(200)]
        public string? MotDePasse { get; set; }

        [StringLength(256)]
        public string? Email { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await MoiAsync() is not { } user) return NotFound();
        Refus = await donnees.RefusAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await MoiAsync() is not { } user) return NotFound();
        if (!Input.Confirmation)
            ModelState.AddModelError("Input.Confirmation", "Cochez la case pour confirmer la suppression de votre compte.");
        else if (!SansMotDePasse && !await users.CheckPasswordAsync(user, Input.MotDePasse ?? ""))
            ModelState.AddModelError("Input.MotDePasse", "Saisissez votre mot de passe actuel pour confirmer la suppression.");
        else if (SansMotDePasse && !string.Equals(Input.Email?.Trim(), user.Email, StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError("Input.Email", "Saisissez l'adresse électronique de votre compte pour confirmer la suppression.");
        else if (await donnees.SupprimerAsync(user) is { } refus)
            ModelState.AddModelError("Input.Confirmation", refus);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await signIn.SignOutAsync();
        TempData["Succes"] = "Votre compte et vos données sont supprimés. Ce que le programme doit conserver (décisions, dossiers, évaluations) ne porte plus vos coordonnées.";
        return Redirect("/");
    }

    private async Task<Utilisateur?> MoiAsync()
    {
        var user = await users.FindByIdAsync(User.UtilisateurId().ToString());
        SansMotDePasse = user is { PasswordHash: null };
        return user;
    }
}
