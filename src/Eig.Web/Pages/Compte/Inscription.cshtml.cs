using Eig.Web.Infrastructure.Http;
using System.ComponentModel.DataAnnotations;
using System.Text;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Eig.Web.Pages.Compte;

[AllowAnonymous]
[EnableRateLimiting(WebApp.RateLimitForms)]
[TravailLourd]
public class InscriptionModel(UserManager<Utilisateur> users, EigDbContext db, IOutbox outbox, MailTemplates mails,
    IAuditLog audit, IClock clock, MotsDePasseEnAttente motsDePasse) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    /// <summary>Where to go once the account is confirmed and signed in (e.g. the application form).</summary>
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IEnumerable<SelectListItem> Profils { get; } =
    [
        new("Proposer un projet au nom de mon administration", Roles.Porteur),
        new("Candidater pour devenir EIG", Roles.Candidat),
    ];

    public class InputModel : NouveauMotDePasse
    {
        [Required(ErrorMessage = "Indiquez pour quoi vous créez ce compte.")]
        public string Profil { get; set; } = "";

        [Required(ErrorMessage = "Saisissez votre prénom et votre nom.")]
        [StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
        public string NomComplet { get; set; } = "";

        [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.")]
        [StringLength(256, ErrorMessage = "L'adresse électronique ne doit pas dépasser 256 caractères.")]
        public string Email { get; set; } = "";
    }

    /// <summary>A link may say what the account is for (<c>?role=candidat</c>): the choice is then made already.</summary>
    public void OnGet(string? role)
    {
        if (role is not null && Roles.Ouverts.Contains(role)) Input.Profil = role;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Roles.Ouverts.Contains(Input.Profil))
            ModelState.AddModelError("Input.Profil", "Indiquez pour quoi vous créez ce compte.");
        if (!ModelState.IsValid) return Page();

        var email = Input.Email.Trim();
        // The password is judged before the address is looked up: a refusal must not depend on who is registered.
        foreach (var validator in users.PasswordValidators)
            foreach (var e in (await validator.ValidateAsync(users, new Utilisateur { UserName = email, Email = email }, Input.Password)).Errors)
                ModelState.AddModelError("Input.Password", e.Description);
        if (!ModelState.IsValid) return Page();

        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // Same cost as creating an account (no hash in either: see below), and same answer whether or not the address has an account: the page must not reveal who is registered.
            // The owner of the address is told by mail instead.
            outbox.Ajouter(email, mails.Rendre(ModelesComptes.CompteExistant, mails.Lien("/compte/connexion")));
            await db.SaveChangesAsync();
            return RedirectToPage("/Compte/InscriptionEnvoyee");
        }

        await using var tx = await db.Database.BeginTransactionAsync();
        var user = new Utilisateur
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, NomComplet = Input.NomComplet.Trim(), CreeLe = clock.UtcNow,
        };
        // Without its password: that is hashed after the answer (Comptes/MotsDePasseEnAttente.cs), kept encrypted until then.
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
                ModelState.AddModelError(e.Code.StartsWith("Password") ? "Input.Password" : "Input.Email", e.Description);
            return Page();
        }
        await users.AddToRoleAsync(user, Input.Profil);
        motsDePasse.Garder(user, Input.Password);
        await LiensDeCompte.EnvoyerConfirmationAsync(users, outbox, mails, user, ReturnUrl);
        audit.Enregistrer("compte.inscription", "Utilisateur", user.Id.ToString(), $"profil={Input.Profil}", user.Id, email);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        motsDePasse.Signaler(user);
        return RedirectToPage("/Compte/InscriptionEnvoyee");
    }
}
