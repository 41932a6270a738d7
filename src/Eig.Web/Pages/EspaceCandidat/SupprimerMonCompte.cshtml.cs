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
/// keep (a reasoned refusal for its retention period, a hiring and its offer): those are stripped to the decision.</summary>
public class SupprimerMonCompteModel(EigDbContext db, IClock clock, UserManager<Utilisateur> users, SignInManager<Utilisateur> signIn,
    IAuditLog audit) : PageModel
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
        var now = clock.UtcNow;

        await using var tx = await db.Database.BeginTransactionAsync();
        var (effacees, conservees) = await EffacerCandidaturesAsync(db, moi, now);
        foreach (var m in await db.MembresEquipes.Where(m => m.UtilisateurId == moi).ToListAsync())
            m.AnnuairePublic = false;
        audit.Enregistrer("compte.supprime", "Utilisateur", moi.ToString(), $"{Fr.Nombre(effacees, "candidature effacée", "candidatures effacées")}, {Fr.Nombre(conservees, "réduite", "réduites")} à la décision");
        await db.SaveChangesAsync();
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded)
        {
            await tx.RollbackAsync();
            TempData["Erreur"] = "Votre compte n'a pas pu être supprimé. Réessayez dans un instant ou écrivez-nous.";
            return RedirectToPage("/EspaceCandidat/Index");
        }
        await tx.CommitAsync();
        await signIn.SignOutAsync();
        TempData["Succes"] = "Votre compte et vos données sont supprimés.";
        return Redirect("/");
    }

    internal static async Task<(int Effacees, int Conservees)> EffacerCandidaturesAsync(EigDbContext db, Guid candidatId, DateTime now)
    {
        int effacees = 0, conservees = 0;
        foreach (var c in await db.Candidatures.Where(c => c.CandidatId == candidatId).ToListAsync())
        {
            var aUneOffre = await db.Offres.AnyAsync(o => o.CandidatureId == c.Id);
            if (c.DecisionAConserver(aUneOffre))
            {
                if (EtatsCandidature.EstEnCours(c.Etat))
                    await RetirerModel.RetraitAsync(db, c, now);
                c.Anonymiser(now);
                await db.CvCandidatures.Where(x => x.CandidatureId == c.Id).ExecuteDeleteAsync();
                conservees++;
            }
            else
            {
                // Nothing to keep: the row goes, with its CV, history and proposals (cascade); booked slots are freed.
                foreach (var cr in await db.Creneaux.Where(x => x.CandidatureId == c.Id).ToListAsync()) cr.Liberer();
                db.Candidatures.Remove(c);
                effacees++;
            }
        }
        return (effacees, conservees);
    }
}
