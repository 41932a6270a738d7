using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Contenus.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public;

/// <summary>The talents directory: EIG (participants) who agreed to a public profile, and only them. Anonymous.</summary>
public class TalentsModel(EigDbContext db) : PageModel
{
    public const int ParPage = 24;

    public sealed record Talent(string Slug, string Nom, string? Poste, string? Description, string Promotions, string Defis, string? Image);

    [BindProperty(SupportsGet = true)] public string? Promotion { get; set; }
    public int NumeroPage { get; private set; } = 1;
    public IReadOnlyList<(string Cle, string Titre)> TitresPromotions { get; private set; } = [];
    public IReadOnlyList<Talent> Talents { get; private set; } = [];
    public Dictionary<string, string> TitresDefis { get; private set; } = [];
    public List<SelectListItem> Promotions { get; private set; } = [];
    public int TotalPages { get; private set; }
    public IReadOnlyDictionary<string, ImageCarte> Images { get; private set; } = new Dictionary<string, ImageCarte>();
    public ImageCarte? Image(string? image) => image is not null && Images.TryGetValue(image, out var i) ? i : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        NumeroPage = Eig.Web.Infrastructure.Http.Pagination.NumeroDemande(Request);
        TitresPromotions = await Annuaires.PromotionsAsync(db, ct);
        Promotions = [new("Toutes les promotions", ""), .. TitresPromotions.Select(p => new SelectListItem(p.Titre, p.Cle))];
        var q = db.Personnes.AsNoTracking().Where(p => p.Role == RolePersonne.Participant && p.ConsentementProfilPublic);
        if (!string.IsNullOrEmpty(Promotion)) { var m = ListeSlugs.Motif(Promotion); q = q.Where(p => p.Promotions.Contains(m)); }
        var total = await q.CountAsync(ct);
        TotalPages = Math.Max(1, (total + ParPage - 1) / ParPage);
        NumeroPage = Math.Clamp(NumeroPage, 1, TotalPages);
        Talents = await q.OrderBy(p => p.Poids == null).ThenBy(p => p.Poids).ThenBy(p => p.Nom).Skip((NumeroPage - 1) * ParPage).Take(ParPage)
            .Select(p => new Talent(p.Slug, p.Nom, p.Poste, p.Description, p.Promotions, p.Defis, p.Image)).ToListAsync(ct);
        Images = await ImagesCartes.ChargerAsync(db, Talents.Select(t => t.Image), ct);
        var slugs = Talents.SelectMany(t => ListeSlugs.Lire(t.Defis)).Distinct().ToList();
        TitresDefis = await db.Defis.AsNoTracking().Where(d => d.Publie && slugs.Contains(d.Slug)).ToDictionaryAsync(d => d.Slug, d => d.Titre, ct);
    }
}
