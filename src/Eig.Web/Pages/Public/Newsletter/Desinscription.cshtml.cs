using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Newsletter;

/// <summary>The unsubscribe link of every newsletter mail. GET shows a button, POST unsubscribes.</summary>
public class DesinscriptionModel(EigDbContext db, IClock clock, Microsoft.AspNetCore.DataProtection.IDataProtectionProvider dp) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Jeton { get; set; }
    public bool LienValide { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var a = await db.AbonnesNewsletter.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id, ct);
        LienValide = a is not null && !string.IsNullOrEmpty(Jeton)
                     && (Eig.Web.Contenus.AbonneNewsletter.Hash(Jeton) == a.JetonDesinscriptionHash
                         || Eig.Web.Contenus.Site.NewsletterService.SignatureValide(dp, Id, Jeton));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var a = await db.AbonnesNewsletter.FirstOrDefaultAsync(x => x.Id == Id, ct);
        if (a is not null && !string.IsNullOrEmpty(Jeton) && Eig.Web.Contenus.Site.NewsletterService.SignatureValide(dp, Id, Jeton))
            a.Desinscrire(clock.UtcNow);
        else if (a is null || string.IsNullOrEmpty(Jeton) || !a.Desinscrire(Jeton, clock.UtcNow))
        {
            TempData["Erreur"] = "Ce lien de désinscription n'est pas valable. Écrivez-nous depuis la page contact : nous vous désinscrirons.";
            return Redirect("/contact");
        }
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "Vous êtes désinscrit·e : vous ne recevrez plus la lettre d'information.";
        return Redirect("/");
    }
}
