using Eig.Web.Contenus.Site;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public;

/// <summary>Home page, for everyone: what the programme is, which calls are open, the latest défis and news.</summary>
public class IndexModel(EigDbContext db, EtatDesAppels appels, Eig.Web.Promotions.Indicateurs indicateurs, TextesDesPages textes) : PageModel
{
    public sealed record Profil(string Slug, string Nom, string? Poste, string? Description);

    public sealed record Carte(string Titre, string Href, string? Desc, string? Detail);

    public bool AapOuvert { get; private set; }
    public bool AacOuvert { get; private set; }
    public Eig.Web.Promotions.Chiffres Chiffres { get; private set; } = default!;
    public IReadOnlyList<Carte> Defis { get; private set; } = [];
    public IReadOnlyList<Carte> Articles { get; private set; } = [];
    /// <summary>The content's home page (the CMS's hero, intro, defis, talents, agents, join, medias blocks), if imported.</summary>
    public FrontMatterView? Blocs { get; private set; }
    public IReadOnlyList<Profil> Talents { get; private set; } = [];
    public IReadOnlyList<Profil> Agents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Blocs = (await textes.LireAsync("/", ct))?.Fm;
        if (Blocs is not null)
        {
            Talents = await ProfilsAsync(Blocs.Textes("talents.list"), ct);
            Agents = await ProfilsAsync(Blocs.Textes("agents.list"), ct);
        }
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

    /// <summary>The people a block names by title (the CMS's relation), in its order, those still shown.</summary>
    private async Task<IReadOnlyList<Profil>> ProfilsAsync(IReadOnlyList<string> noms, CancellationToken ct)
    {
        if (noms.Count == 0) return [];
        var cles = noms.Select(n => n.Trim().ToLowerInvariant()).ToList();
        var trouves = await db.Personnes.AsNoTracking().Where(p => p.ConsentementProfilPublic && cles.Contains(p.Nom.ToLower()))
            .Select(p => new Profil(p.Slug, p.Nom, p.Poste, p.Description)).ToListAsync(ct);
        return [.. cles.Select(c => trouves.FirstOrDefault(t => t.Nom.Trim().ToLowerInvariant() == c)).OfType<Profil>()];
    }
}
