using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Newsletter;

/// <summary>The unsubscribe link of every newsletter mail. GET shows a button (a link prefetched or opened by a
/// scanner unsubscribes nobody), POST unsubscribes. The mail's <c>List-Unsubscribe</c> header points here too: a mail
/// client's one-click POST (<c>List-Unsubscribe=One-Click</c>, RFC 8058) comes without a session nor an antiforgery
/// token, which the link's own token replaces (only the recipient has it).</summary>
[IgnoreAntiforgeryToken]
public class DesinscriptionModel(EigDbContext db, IClock clock, Microsoft.AspNetCore.DataProtection.IDataProtectionProvider dp) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Jeton { get; set; }
    public bool LienValide { get; private set; }
    /// <summary>After a POST: the subscription has ended.</summary>
    public bool Desinscrit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var a = await db.AbonnesNewsletter.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id, ct);
        LienValide = a is not null && !string.IsNullOrEmpty(Jeton)
                     && (Eig.Web.Contenus.AbonneNewsletter.Hash(Jeton) == a.JetonDesinscriptionHash
                         || Eig.Web.Contenus.Site.NewsletterService.SignatureValide(dp, Id, Jeton));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var unClic = Request.HasFormContentType && Request.Form["List-Unsubscribe"] == "One-Click";
        var a = await db.AbonnesNewsletter.FirstOrDefaultAsync(x => x.Id == Id, ct);
        if (a is not null && !string.IsNullOrEmpty(Jeton) && Eig.Web.Contenus.Site.NewsletterService.SignatureValide(dp, Id, Jeton))
            a.Desinscrire(clock.UtcNow);
        else if (a is null || string.IsNullOrEmpty(Jeton) || !a.Desinscrire(Jeton, clock.UtcNow))
        {
            if (unClic) return BadRequest();
            TempData["Erreur"] = "Ce lien de désinscription n'est pas valable. Écrivez-nous depuis la page contact : nous vous désinscrirons.";
            return Redirect("/contact");
        }
        await db.SaveChangesAsync(ct);
        // The mail client asked on its own and shows nothing of the answer: no redirect to follow.
        if (unClic)
        {
            Desinscrit = true;
            return Page();
        }
        TempData["Succes"] = "Vous êtes désinscrit·e : vous ne recevrez plus la lettre d'information.";
        return Redirect("/");
    }
}
