using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspacePorteur.Dossiers;

/// <summary>Porteur: invite colleagues of the same administration to edit the dossier. "Same administration" is read
/// from the mail domain, and the colleague needs a porteur account: nobody outside can be let in by mistake.</summary>
public class CoEditeursModel(EigDbContext db, DossierAcces acces, UserManager<Utilisateur> users, IClock clock, IAuditLog audit,
    IOutbox outbox, MailTemplates templates) : PageModel
{
    public sealed record Ligne(Guid Id, string Nom, string Email);

    public DossierProjet Dossier { get; private set; } = null!;
    public List<Ligne> CoEditeurs { get; private set; } = [];
    public string Porteur { get; private set; } = "";

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Email { get; set; }
    }

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var d = await acces.TrouverPourPorteurAsync(id, User.UtilisateurId(), ct);
        if (d is null) return false;
        Dossier = d;
        Porteur = await db.Users.Where(u => u.Id == d.PorteurId).Select(u => u.NomComplet + " (" + u.Email + ")").FirstAsync(ct);
        CoEditeurs = await (from c in db.CoEditeurs where c.DossierId == id
                            join u in db.Users on c.UtilisateurId equals u.Id
                            orderby u.NomComplet
                            select new Ligne(c.Id, u.NomComplet, u.Email!)).ToListAsync(ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ChargerAsync(id, ct) ? Page() : NotFound();

    private static string Domaine(string? email) => email?.Split('@') is [_, var d] ? d.ToLowerInvariant() : "";

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var email = new Formulaire(ModelState).Texte("Email", Input.Email, "l'adresse électronique de votre collègue", 256);
        Utilisateur? invite = null;
        if (ModelState.IsValid)
        {
            var moi = await users.GetUserAsync(User);
            invite = await users.FindByEmailAsync(email);
            if (!email.Contains('@'))
                ModelState.AddModelError("Input.Email", "Saisissez une adresse électronique complète, par exemple prenom.nom@administration.gouv.fr.");
            else if (Domaine(email) != Domaine(moi?.Email))
                ModelState.AddModelError("Input.Email", $"Seuls vos collègues de la même administration (adresse en @{Domaine(moi?.Email)}) peuvent être invités.");
            else if (invite is null || !await users.IsInRoleAsync(invite, Roles.Porteur))
                ModelState.AddModelError("Input.Email", "Aucun compte de porteur de projet n'existe à cette adresse : demandez à votre collègue de créer son compte, puis invitez-le.");
            else if (invite.Id == Dossier.PorteurId || CoEditeurs.Any(c => c.Email.Equals(email, StringComparison.OrdinalIgnoreCase)))
                ModelState.AddModelError("Input.Email", "Cette personne modifie déjà ce dossier.");
        }
        if (!ModelState.IsValid) return Page();
        db.CoEditeurs.Add(new CoEditeur { DossierId = id, UtilisateurId = invite!.Id, AjouteLe = clock.UtcNow });
        audit.Enregistrer("dossier.co-editeur", "DossierProjet", id.ToString(), invite.Email);
        outbox.Ajouter(invite.Email!, templates.Rendre(ModelesAap.CoEditeur,
            ModelesAap.Valeurs(Dossier, templates.Lien($"/espace-porteur/dossiers/{id}")), Dossier.AppelId, nameof(DossierProjet), id));
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"{invite.NomComplet} peut désormais modifier ce dossier.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRetirerAsync(Guid id, Guid coEditeurId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var c = await db.CoEditeurs.FirstOrDefaultAsync(x => x.Id == coEditeurId && x.DossierId == id, ct);
        if (c is null) return NotFound();
        db.CoEditeurs.Remove(c);
        audit.Enregistrer("dossier.co-editeur.retirer", "DossierProjet", id.ToString(), c.UtilisateurId.ToString());
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "Cette personne ne peut plus modifier le dossier.";
        return RedirectToPage(new { id });
    }
}
