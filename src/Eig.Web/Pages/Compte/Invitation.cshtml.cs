using Eig.Web.Infrastructure.Http;
using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Compte;

[AllowAnonymous]
[EnableRateLimiting(WebApp.RateLimitForms)]
[TravailLourd]
public class InvitationModel(EigDbContext db, UserManager<Utilisateur> users, IAuditLog audit, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Jeton { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public Invitation? Invitation { get; private set; }
    public bool CompteExistant { get; private set; }
    public bool ConnecteAvecLeBonCompte { get; private set; }

    public class InputModel : NouveauMotDePasse
    {
        [Required(ErrorMessage = "Saisissez votre prénom et votre nom.")]
        [StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
        public string NomComplet { get; set; } = "";

        [StringLength(Utilisateur.LongueurOrganisation, ErrorMessage = "L'organisation ne doit pas dépasser 200 caractères.")]
        [Display(Name = "Organisation ou administration où vous travaillez", Description = "Elle sert à repérer les conflits d'intérêts avant de vous confier un dossier.")]
        public string? Organisation { get; set; }
    }

    public async Task OnGetAsync() => await Load();

    /// <summary>No account yet for the invited address: create it, already confirmed (the link proves the address).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await Load();
        if (Invitation is null || CompteExistant) return Page();
        if (!ModelState.IsValid) return Page();

        await using var tx = await db.Database.BeginTransactionAsync();
        var user = new Utilisateur
        {
            Id = Guid.CreateVersion7(), UserName = Invitation.Email, Email = Invitation.Email, EmailConfirmed = true,
            NomComplet = Input.NomComplet.Trim(), Organisation = Input.Organisation?.Trim() ?? "", CreeLe = clock.UtcNow,
        };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("Input.Password", e.Description);
            return Page();
        }
        await users.AddToRoleAsync(user, Invitation.Role);
        Invitation.Accepter(clock.UtcNow);
        audit.Enregistrer("invitation.acceptee", "Invitation", Invitation.Id.ToString(), $"nouveau compte, rôle {Invitation.Role}", user.Id, user.Email);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        TempData["Succes"] = "Votre compte est créé. Connectez-vous pour continuer.";
        return Redirect("/compte/connexion");
    }

    /// <summary>The invited address already has an account, and its owner is signed in: add the role.</summary>
    public async Task<IActionResult> OnPostAccepterAsync()
    {
        await Load();
        if (Invitation is null || !ConnecteAvecLeBonCompte) return Page();
        var user = (await users.GetUserAsync(User))!;
        await using var tx = await db.Database.BeginTransactionAsync();
        if (!await users.IsInRoleAsync(user, Invitation.Role))
            await users.AddToRoleAsync(user, Invitation.Role);
        Invitation.Accepter(clock.UtcNow);
        audit.Enregistrer("invitation.acceptee", "Invitation", Invitation.Id.ToString(), $"compte existant, rôle {Invitation.Role}");
        audit.Enregistrer("compte.role-ajoute", "Utilisateur", user.Id.ToString(), Invitation.Role);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        // A new role: the account's other sessions end (new stamp), this one goes on with the role.
        await users.UpdateSecurityStampAsync(user);
        await HttpContext.RequestServices.GetRequiredService<SignInManager<Utilisateur>>().RefreshSignInAsync(user);
        TempData["Succes"] = $"Vous avez maintenant le rôle : {Roles.Libelle(Invitation.Role)}.";
        return Redirect("/compte");
    }

    private async Task Load()
    {
        if (string.IsNullOrEmpty(Jeton) || Jeton.Length > 100) return;
        var hash = InvitationTokens.Hash(Jeton);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash);
        if (invitation is null || !invitation.EstValide(clock.UtcNow)) return;
        Invitation = invitation;
        var existing = await users.FindByEmailAsync(invitation.Email);
        CompteExistant = existing is not null;
        ConnecteAvecLeBonCompte = existing is not null && User.Identity?.IsAuthenticated == true && User.UtilisateurId() == existing.Id;
    }
}
