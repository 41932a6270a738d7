using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public;

/// <summary>The programme team, present and past (with their consent). Anonymous.</summary>
public class EquipeModel(EigDbContext db) : PageModel
{
    public sealed record Membre(string Nom, string? Poste, string? Description, RolePersonne Role);

    public IReadOnlyList<Membre> Membres { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Membres = await db.Personnes.AsNoTracking()
            .Where(p => p.ConsentementProfilPublic && (p.Role == RolePersonne.AgentProgramme || p.Role == RolePersonne.AgentProgrammeAlumni))
            .OrderBy(p => p.Nom).Select(p => new Membre(p.Nom, p.Poste, p.Description, p.Role)).ToListAsync(ct);
}
