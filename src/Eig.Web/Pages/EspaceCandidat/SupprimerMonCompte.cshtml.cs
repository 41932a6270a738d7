using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspaceCandidat;

/// <summary>Right to erasure: the account and every candidature go, except what a decision obliges the programme to
/// keep (a reasoned refusal for its retention period, a hiring and its offer): those are stripped to the decision
/// (<see cref="DonneesPersonnelles.SupprimerAsync"/>, the same for every role).</summary>
public class SupprimerMonCompteModel(DonneesPersonnelles donnees, UserManager<Utilisateur> users, SignInManager<Utilisateur> signIn) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public bool Confirmation { get; set; }

        /// <summary>Asked again: a session left open on a shared computer must not be enough to erase an account.</summary>
        [StringLength(200)]
        public string MotDePasse { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Input.Confirmation)
        {
            ModelState.AddModelError("Input.Confirmation", "Cochez la case pour confirmer la suppression de votre compte.");
            return Page();
        }
        var moi = User.UtilisateurId();
        var user = await users.FindByIdAsync(moi.ToString());
        if (user is null) return NotFound();
        if (!await users.CheckPasswordAsync(user, Input.MotDePasse ?? ""))
        {
            ModelState.AddModelError("Input.MotDePasse", "Saisissez votre mot de passe actuel pour confirmer la suppression.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (await donnees.SupprimerAsync(user) is { } refus)
        {
            ModelState.AddModelError("Input.Confirmation", refus);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await signIn.SignOutAsync();
        TempData["Succes"] = "Votre compte et vos données sont supprimés.";
        return Redirect("/");
    }
}
