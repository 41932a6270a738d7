using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Evenements;

/// <summary>Upcoming webinars and seminars, for everyone.</summary>
public class IndexModel(EigDbContext db, IClock clock) : PageModel
{
    public sealed record Ligne(Guid Id, string Titre, string Description, DateTime Debut, int DureeMinutes, bool Complet);

    public IReadOnlyList<Ligne> Evenements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var maintenant = clock.UtcNow;
        Evenements = await db.Evenements.AsNoTracking().Where(e => e.Publie && e.PromotionId == null && e.Debut > maintenant).OrderBy(e => e.Debut)
            .Select(e => new Ligne(e.Id, e.Titre, e.Description, e.Debut, e.DureeMinutes, e.Inscrits >= e.Capacite)).ToListAsync(ct);
    }
}
