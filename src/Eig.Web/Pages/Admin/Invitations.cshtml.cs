using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin;

public class InvitationsModel(EigDbContext db, IOutbox outbox, MailTemplates mails, IAuditLog audit, IClock clock) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public List<Invitation> Invitations { get; private set; } = [];
    public DateTime Maintenant => clock.UtcNow;
    public IEnumerable<SelectListItem> RolesPossibles { get; } = Roles.SurInvitation.Select(r => new SelectListItem(Roles.Libelle(r), r));

    public class InputModel
    {
        [Required(ErrorMessage = "Saisissez l'adresse électronique de la personne à inviter.")]
        [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.")]
        [StringLength(256, ErrorMessage = "L'adresse électronique ne doit pas dépasser 256 caractères.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choisissez le rôle que donne l'invitation.")]
        public string Role { get; set; } = "";
    }

    public async Task OnGetAsync() => await Load();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Roles.SurInvitation.Contains(Input.Role))
            ModelState.AddModelError("Input.Role", "Choisissez le rôle que donne l'invitation.");
        if (!ModelState.IsValid)
        {
            await Load();
            return Page();
        }
        var token = Passwords.Generate(32);
        var invitation = new Invitation
        {
            Email = Input.Email.Trim(), Role = Input.Role, TokenHash = InvitationTokens.Hash(token),
            CreeeLe = clock.UtcNow, ExpireLe = clock.UtcNow.AddDays(14), InviteParId = User.UtilisateurId(),
        };
        db.Invitations.Add(invitation);
        outbox.Ajouter(invitation.Email, mails.Invitation(Roles.Libelle(invitation.Role), mails.Lien($"/compte/invitation?jeton={token}"), invitation.ExpireLe));
        audit.Enregistrer("invitation.envoyee", "Invitation", invitation.Id.ToString(), $"{invitation.Email} ({invitation.Role})");
        await db.SaveChangesAsync();
        TempData["Succes"] = $"Invitation envoyée à {invitation.Email}.";
        return RedirectToPage();
    }

    private async Task Load() =>
        Invitations = await db.Invitations.OrderByDescending(i => i.CreeeLe).Take(200).ToListAsync();
}
