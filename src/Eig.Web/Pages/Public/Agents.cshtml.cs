using Eig.Web.Contenus;
using Eig.Web.Contenus.Site;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public;

/// <summary>The agents of administrations (sponsors, mentors) and members of the ecosystem, as the former site's
/// "agents" directory listed them; its title and text come from the content's agents page when there is one.
/// Anonymous, 24 a page.</summary>
public class AgentsModel(EigDbContext db, TextesDesPages textes) : PageModel
{
    public const int ParPage = 24;

    public sealed record Agent(string Slug, string Nom, string? Poste, string? Description, string Defis);

    public IReadOnlyList<Agent> Agents { get; private set; } = [];
    public Dictionary<string, string> TitresDefis { get; private set; } = [];
    public int NumeroPage { get; private set; } = 1;
    public int TotalPages { get; private set; }
    public TextesDesPages.Texte? Texte { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Texte = await textes.LireAsync("/agents", ct);
        NumeroPage = Eig.Web.Infrastructure.Http.Pagination.NumeroDemande(Request);
        var q = db.Personnes.AsNoTracking().Where(p => p.ConsentementProfilPublic && (p.Role == RolePersonne.AgentPublic || p.Role == RolePersonne.AgentEcosysteme));
        var total = await q.CountAsync(ct);
        TotalPages = Math.Max(1, (total + ParPage - 1) / ParPage);
        NumeroPage = Math.Clamp(NumeroPage, 1, TotalPages);
        Agents = await q.OrderBy(p => p.Poids == null).ThenBy(p => p.Poids).ThenBy(p => p.Nom).Skip((NumeroPage - 1) * ParPage).Take(ParPage)
            .Select(p => new Agent(p.Slug, p.Nom, p.Poste, p.Description, p.Defis)).ToListAsync(ct);
        var slugs = Agents.SelectMany(a => ListeSlugs.Lire(a.Defis)).Distinct().ToList();
        TitresDefis = await db.Defis.AsNoTracking().Where(d => d.Publie && slugs.Contains(d.Slug)).ToDictionaryAsync(d => d.Slug, d => d.Titre, ct);
    }
}
