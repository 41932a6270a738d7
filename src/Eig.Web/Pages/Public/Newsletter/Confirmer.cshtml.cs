using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Newsletter;

/// <summary>The link of the confirmation mail (anyone holding it). A GET only shows a button: mail scanners that
/// follow links must not confirm on the owner's behalf.</summary>
public class ConfirmerModel(EigDbContext db, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Jeton { get; set; }
    public bool LienValide { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var a = await db.AbonnesNewsletter.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id, ct);
        LienValide = a is not null && !string.IsNullOrEmpty(Jeton)
                     && Eig.Web.Contenus.AbonneNewsletter.Hash(Jeton) == a.JetonConfirmationHash;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var a = await db.AbonnesNewsletter.FirstOrDefaultAsync(x => x.Id == Id, ct);
        if (a is null || string.IsNullOrEmpty(Jeton) || !a.Confirmer(Jeton, clock.UtcNow))
        {
            TempData["Erreur"] = "Ce lien de confirmation n'est pas valable. Inscrivez-vous à nouveau pour en recevoir un autre.";
            return RedirectToPage("/Public/Newsletter/Inscription");
        }
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "Votre inscription est confirmée : vous recevrez la prochaine lettre d'information.";
        return Redirect("/");
    }
}
