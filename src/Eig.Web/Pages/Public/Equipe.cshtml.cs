using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public;

/// <summary>The programme team, present and past (with their consent). Anonymous.</summary>
public class EquipeModel(EigDbContext db) : PageModel
{
    public sealed record Membre(string Slug, string Nom, string? Poste, string? Description, RolePersonne Role);

    public IReadOnlyList<Membre> Membres { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Membres = await db.Personnes.AsNoTracking()
            .Where(p => p.ConsentementProfilPublic && (p.Role == RolePersonne.AgentProgramme || p.Role == RolePersonne.AgentProgrammeAlumni || p.Role == RolePersonne.AgentEcosysteme))
            .OrderBy(p => p.Poids == null).ThenBy(p => p.Poids).ThenBy(p => p.Nom).Select(p => new Membre(p.Slug, p.Nom, p.Poste, p.Description, p.Role)).ToListAsync(ct);
}
