using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Jury;

/// <summary>Jury member: the sessions I sit on (staff: every session).</summary>
public class IndexModel(EigDbContext db) : PageModel
{
    public sealed record Ligne(Guid Id, string Titre, DateOnly Date, EtatSessionJury Etat, int Points);

    public List<Ligne> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Sessions = await JuryAcces.Visibles(db, User).OrderByDescending(s => s.Date)
            .Select(s => new Ligne(s.Id, s.Titre, s.Date, s.Etat, s.OrdreDuJour.Count)).ToListAsync(ct);
}
