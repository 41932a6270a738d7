using Eig.Web.Contenus;
using Eig.Web.Contenus.Site;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public;

/// <summary>Any page of the site's content, at the address its file gives (<c>url</c>) or its layout's default
/// (/programme, /participer/administrations, /participer/candidats). Anonymous; a draft is shown only to staff,
/// with <c>?apercu=1</c>, as a preview.</summary>
public class ContenuModel(EigDbContext db, EtatDesAppels appels, Eig.Web.Promotions.Indicateurs indicateurs, Eig.Web.Promotions.CalendrierPublic calendrier, IClock clock) : PageModel
{
    /// <summary>The administrations page's open call for projects, whose settings (criteria, profiles, co-financing,
    /// dates) the page shows next to the staff-written text.</summary>
    public Eig.Web.AppelsAProjets.AppelPublic? AppelAap { get; private set; }
    /// <summary>The candidates page's open call for candidates: profiles, criteria, sprints and pay grid from its settings.</summary>
    public Eig.Web.Candidatures.AppelCandidaturesPublic? AppelAac { get; private set; }
    /// <summary>While the page's call is closed: when the next announced one opens, if known.</summary>
    public DateOnly? ProchaineOuverture { get; private set; }
    /// <summary>The règlement uploaded to the call the page's layout follows; it replaces the file the content links to.</summary>
    public string? Reglement { get; private set; }

    public PageContenu Page { get; private set; } = default!;
    public FrontMatterView Fm { get; private set; } = default!;
    /// <summary>The real state of the call the page's layout follows (null: the layout has none).</summary>
    public bool? Ouvert { get; private set; }
    public Eig.Web.Promotions.Chiffres? Chiffres { get; private set; }
    public IReadOnlyList<Eig.Web.Promotions.Chiffres> ParPromotion { get; private set; } = [];
    /// <summary>The promotion whose phases the programme page shows (running, else next, else last), from the data.</summary>
    public Eig.Web.Promotions.CalendrierPublic.Vue? Calendrier { get; private set; }
    public bool Apercu { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? adresse, bool apercu = false, CancellationToken ct = default)
    {
        var chemin = "/" + (adresse ?? "").Trim('/').ToLowerInvariant();
        Apercu = apercu && User.EstEquipe();
        var query = db.Pages.AsNoTracking().Where(p => p.Adresse == chemin);
        var page = Apercu
            ? await query.OrderByDescending(p => p.ModifieLe).FirstOrDefaultAsync(ct)
            : await query.FirstOrDefaultAsync(p => p.Statut == StatutPublication.Publie, ct);
        if (page is null) return NotFound();
        Page = page;
        Fm = FrontMatterView.Parse(page.FrontMatter);
        Ouvert = await appels.OuvertPourAsync(page.Layout, ct);
        if (page.Layout == Layouts.Program)
        {
            var donnees = await indicateurs.ChargerAsync(ct);
            Chiffres = Eig.Web.Promotions.Indicateurs.Calculer(donnees, null);
            ParPromotion = Eig.Web.Promotions.Indicateurs.ParPromotion(donnees);
            Calendrier = await calendrier.PourLeProgrammeAsync(ct);
        }
        var aujourdhui = DateOnly.FromDateTime(clock.UtcNow);
        if (page.Layout == Layouts.Admins)
        {
            AppelAap = await Eig.Web.AppelsAProjets.AppelPublic.OuvertAsync(db, aujourdhui, ct);
            var courant = AppelAap ?? await Eig.Web.AppelsAProjets.AppelPublic.CourantAsync(db, aujourdhui, ct);
            if (courant is { AReglement: true }) Reglement = courant.ReglementUrl;
            if (AppelAap is null)
                ProchaineOuverture = await db.AppelsAProjets.AsNoTracking()
                    .Where(a => a.Etat == Eig.Web.Appels.EtatAppel.Publie && a.Ouverture > aujourdhui).MinAsync(a => a.Ouverture, ct);
        }
        else if (page.Layout == Layouts.Candidates)
        {
            AppelAac = await Eig.Web.Candidatures.AppelCandidaturesPublic.OuvertAsync(db, aujourdhui, ct);
            if (AppelAac is { AReglement: true }) Reglement = AppelAac.ReglementUrl;
            if (AppelAac is null) ProchaineOuverture = await Eig.Web.Candidatures.AppelCandidaturesPublic.ProchaineOuvertureAsync(db, aujourdhui, ct);
        }
        ViewData["Title"] = page.Titre;
        var resume = MarkdownRenderer.ToPlainText(Fm.A("head.desc") ? Fm.S("head.desc") : Fm.S("desc"));
        ViewData["Description"] = page.DescriptionSeo ?? (resume.Length > 0 ? Tronquer(resume, 200) : null);
        if (!string.IsNullOrEmpty(page.ImageOg)) ViewData["OgImage"] = FrontMatterView.Image(page.ImageOg);
        return Page();
    }

    private static string Tronquer(string s, int n) => s.Length <= n ? s : s[..(n - 1)].TrimEnd() + "…";
}
