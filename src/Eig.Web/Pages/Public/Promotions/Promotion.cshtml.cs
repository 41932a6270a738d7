using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Promotions;

/// <summary>One published promotion: its phases with the running one marked, its défis, its figures and the chart
/// of its outcomes. Anonymous; an unpublished promotion answers 404.</summary>
public class PromotionModel(EigDbContext db, CalendrierPublic calendrier, Indicateurs indicateurs) : PageModel
{
    public sealed record LigneDefi(string Slug, string Titre, string Administration, string? Issue);

    public CalendrierPublic.Vue Vue { get; private set; } = default!;
    public Chiffres Chiffres { get; private set; } = default!;
    public IReadOnlyList<LigneDefi> Defis { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int numero, CancellationToken ct)
    {
        var vue = await calendrier.DeLaPromotionAsync(numero, ct);
        if (vue is null) return NotFound();
        Vue = vue;
        Chiffres = Indicateurs.Calculer(await indicateurs.ChargerAsync(ct), numero);
        // Every track of the number ("|3|" and "|3-dig|"), as its figures count them.
        var motif = ListeSlugs.Motif(numero.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var filiere = "|" + numero.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-";
        var defis = await db.Defis.AsNoTracking().Where(d => d.Publie && (d.Promotions.Contains(motif) || d.Promotions.Contains(filiere))).OrderBy(d => d.Titre)
            .Select(d => new { d.Id, d.Slug, d.Titre, d.Administration }).ToListAsync(ct);
        var ids = defis.Select(d => d.Id).ToList();
        var issues = await db.ResultatsDefis.AsNoTracking().Where(r => ids.Contains(r.DefiId)).ToDictionaryAsync(r => r.DefiId, r => r.Issue, ct);
        Defis = defis.Select(d => new LigneDefi(d.Slug, d.Titre, d.Administration, issues.TryGetValue(d.Id, out var i) ? ResultatDefi.Libelle(i) : null)).ToList();
        ViewData["Title"] = vue.Promotion.Titre;
        return Page();
    }
}
