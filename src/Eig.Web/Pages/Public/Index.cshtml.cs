using Eig.Web.Contenus.Site;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public;

/// <summary>Home page, for everyone: what the programme is, which calls are open, the latest défis and news.</summary>
public class IndexModel(EigDbContext db, EtatDesAppels appels, Eig.Web.Promotions.Indicateurs indicateurs) : PageModel
{
    public sealed record Carte(string Titre, string Href, string? Desc, string? Detail);

    public bool AapOuvert { get; private set; }
    public bool AacOuvert { get; private set; }
    public Eig.Web.Promotions.Chiffres Chiffres { get; private set; } = default!;
    public IReadOnlyList<Carte> Defis { get; private set; } = [];
    public IReadOnlyList<Carte> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        AapOuvert = await appels.AppelAProjetsOuvertAsync(ct);
        AacOuvert = await appels.AppelACandidaturesOuvertAsync(ct);
        Chiffres = await indicateurs.CalculerAsync(ct: ct);
        Defis = await db.Defis.AsNoTracking().Where(d => d.Publie).OrderByDescending(d => d.Date).ThenBy(d => d.Titre).Take(3)
            .Select(d => new Carte(d.Titre, "/defis/" + d.Slug, d.Resume, d.Administration)).ToListAsync(ct);
        Articles = (await db.Articles.AsNoTracking().Where(a => a.Statut == StatutPublication.Publie)
                .OrderByDescending(a => a.Date).ThenByDescending(a => a.PublieLe).Take(3)
                .Select(a => new { a.Titre, a.Slug, a.Description, a.Date }).ToListAsync(ct))
            .Select(a => new Carte(a.Titre, "/actualites/" + a.Slug, a.Description, a.Date is { } d ? Fr.Date(d) : null)).ToList();
    }
}
