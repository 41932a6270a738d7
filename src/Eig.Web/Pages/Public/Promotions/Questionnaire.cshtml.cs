using Eig.Web.AppelsAProjets;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Promotions;

/// <summary>The outcome form a person opens from the mail staff sent: the link is the credential, for one outcome
/// (the EIG's own path, or the sponsor's défi), once, until it expires. Nothing on the form says whose outcome it
/// is: the token decides.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebApp.RateLimitForms)]
public class QuestionnaireModel(EigDbContext db, Questionnaires questionnaires, IClock clock, Eig.Web.Contenus.Site.CachePublic cache) : PageModel
{
    public enum Etat { Ouvert, Inconnu, Expire, Utilise, Merci }

    [BindProperty(SupportsGet = true)] public string? Jeton { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public Etat Statut { get; private set; }
    public DemandeResultat? Demande { get; private set; }
    public string Defi { get; private set; } = "";
    public string Promotion { get; private set; } = "";

    public sealed class InputModel
    {
        public string? Issue { get; set; }
        public string? Ou { get; set; }
        public string? Date { get; set; }
        public string? Lien { get; set; }
        public string? Commentaire { get; set; }
    }

    public static readonly List<SelectListItem> IssuesEig =
        [.. Enum.GetValues<IssueEig>().Select(i => new SelectListItem(i == IssueEig.ResteSecteurPublic ? "Je travaille dans le secteur public" : "J'ai quitté le secteur public", i.ToString()))];

    public static readonly List<SelectListItem> IssuesDefi =
        [.. Enum.GetValues<IssueDefi>().Select(i => new SelectListItem(ResultatDefi.Libelle(i), i.ToString()))];

    private async Task ChargerAsync(CancellationToken ct)
    {
        Demande = await questionnaires.TrouverAsync(Jeton, ct);
        var maintenant = clock.UtcNow;
        Statut = Demande is null ? Etat.Inconnu : Demande.Repondue ? Etat.Utilise : Demande.Expiree(maintenant) ? Etat.Expire : Etat.Ouvert;
        if (Demande is null) return;
        Defi = await db.Defis.Where(d => d.Id == Demande.DefiId).Select(d => d.Titre).FirstAsync(ct);
        var p = await db.Promotions.AsNoTracking().FirstAsync(x => x.Id == Demande.PromotionId, ct);
        Promotion = p.Titre;
    }

    /// <summary>A link that does not open the form says why, in a page of its own (404 unknown, 410 used or expired).</summary>
    private IActionResult Refus()
    {
        Response.StatusCode = Statut == Etat.Inconnu ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return Page();
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Jeton is null && TempData.Peek("Succes") is string)
        {
            Statut = Etat.Merci;
            return Page();
        }
        await ChargerAsync(ct);
        return Statut == Etat.Ouvert ? Page() : Refus();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await ChargerAsync(ct);
        if (Statut != Etat.Ouvert) return Refus();
        var demande = Demande!;
        var f = new Formulaire(ModelState);
        var maintenant = clock.UtcNow;
        if (demande.Qualite == QualiteRepondant.Eig)
        {
            if (!Enum.TryParse<IssueEig>(Input.Issue, out var issue) || !Enum.IsDefined(issue))
                ModelState.AddModelError("Input.Issue", "Dites si vous travaillez dans le secteur public.");
            var ou = f.Texte("Ou", Input.Ou, "votre employeur public", ResultatEig.LongueurOu, requis: issue == IssueEig.ResteSecteurPublic && ModelState.IsValid);
            var date = f.Date("Date", Input.Date, "la date", requis: false);
            if (!ModelState.IsValid) return Page();
            await questionnaires.RepondreEigAsync(demande, issue, ou, date, maintenant, ct);
        }
        else
        {
            if (!Enum.TryParse<IssueDefi>(Input.Issue, out var issue) || !Enum.IsDefined(issue))
                ModelState.AddModelError("Input.Issue", "Choisissez ce que le défi est devenu.");
            var date = f.Date("Date", Input.Date, "la date de cette issue", requis: true);
            var lien = f.Texte("Lien", Input.Lien, "le lien", ResultatDefi.LongueurLien, requis: false);
            if (lien.Length > 0 && (!Uri.TryCreate(lien, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https")))
                ModelState.AddModelError("Input.Lien", "Le lien doit être une adresse web complète, commençant par https://.");
            var commentaire = f.Texte("Commentaire", Input.Commentaire, "le commentaire", ResultatDefi.LongueurCommentaire, requis: false);
            if (!ModelState.IsValid) return Page();
            await questionnaires.RepondreSponsorAsync(demande, issue, date!.Value, lien, commentaire, maintenant, ct);
        }
        await db.SaveChangesAsync(ct);
        await cache.ViderAsync(ct);
        TempData["Succes"] = "Merci : votre réponse est enregistrée. Les chiffres du programme en tiennent compte.";
        return RedirectToPage();
    }
}
