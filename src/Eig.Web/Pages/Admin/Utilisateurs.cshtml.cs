using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin;

public class UtilisateursModel(EigDbContext db, UserManager<Utilisateur> users, SignInManager<Utilisateur> signIn, IAuditLog audit) : PageModel
{
    public record Compte(Guid Id, string Nom, string Email, List<string> Roles);

    [BindProperty(SupportsGet = true)] public string? Recherche { get; set; }
    public List<Compte> Comptes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // The stand-ins of deleted people (Comptes/DonneesPersonnelles.cs) are nobody's account: not listed.
        Guid[] remplacements = [DonneesPersonnelles.EvaluateurSupprime.Id, DonneesPersonnelles.MembreJurySupprime.Id,
            DonneesPersonnelles.PorteurSupprime.Id];
        var q = db.Users.AsNoTracking().Where(u => !remplacements.Contains(u.Id));
        if (!string.IsNullOrWhiteSpace(Recherche))
        {
            var r = Recherche.Trim().ToUpperInvariant();
            q = q.Where(u => u.NormalizedEmail!.Contains(r) || u.NomComplet.ToUpper().Contains(r));
        }
        var comptes = await q.OrderBy(u => u.NomComplet).Take(100).Select(u => new { u.Id, u.NomComplet, u.Email }).ToListAsync();
        var ids = comptes.Select(c => c.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync();
        Comptes = comptes.Select(c => new Compte(c.Id, c.NomComplet, c.Email ?? "", roles.Where(r => r.UserId == c.Id).Select(r => r.Name!).ToList())).ToList();
    }

    public async Task<IActionResult> OnPostAsync(Guid utilisateurId, string[] rolesChoisis)
    {
        var user = await users.FindByIdAsync(utilisateurId.ToString());
        if (user is null) return NotFound();
        var voulus = rolesChoisis.Where(Roles.Tous.Contains).ToHashSet();
        if (user.Id == User.UtilisateurId() && !voulus.Contains(Roles.Staff))
        {
            TempData["Erreur"] = "Vous ne pouvez pas retirer votre propre rôle d'équipe programme.";
            return RedirectToPage(new { Recherche });
        }
        var actuels = (await users.GetRolesAsync(user)).ToHashSet();
        await using var tx = await db.Database.BeginTransactionAsync();
        foreach (var r in voulus.Except(actuels))
        {
            await users.AddToRoleAsync(user, r);
            audit.Enregistrer("compte.role-ajoute", "Utilisateur", user.Id.ToString(), r);
        }
        foreach (var r in actuels.Except(voulus))
        {
            await users.RemoveFromRoleAsync(user, r);
            audit.Enregistrer("compte.role-retire", "Utilisateur", user.Id.ToString(), r);
        }
        // Role changes must reach open sessions: a new security stamp invalidates the old cookie at its next check.
        await users.UpdateSecurityStampAsync(user);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        // One's own roles: this session goes on with the new ones (the others end with the old stamp).
        if (user.Id == User.UtilisateurId()) await signIn.RefreshSignInAsync(user);
        TempData["Succes"] = $"Rôles de {user.NomComplet} enregistrés.";
        return RedirectToPage(new { Recherche });
    }
}
