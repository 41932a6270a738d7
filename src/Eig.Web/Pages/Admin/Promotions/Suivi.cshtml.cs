using Eig.Web.Infrastructure.Database;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Promotions;

/// <summary>Staff: every défi with a team and its last check-in, in one list, those needing attention first (help
/// wanted, then vigilance, then no news for a month).</summary>
public class SuiviModel(EigDbContext db, IClock clock) : PageModel
{
    public sealed record Ligne(Guid Id, string Titre, string Promotion, PointEtape? Dernier, int Priorite, int Jalons, int JalonsAtteints);

    public IReadOnlyList<Ligne> Defis { get; private set; } = [];
    public DateTime Maintenant { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Maintenant = clock.UtcNow;
        var avecEquipe = await db.Defis.AsNoTracking().Where(d => db.MembresEquipes.Any(m => m.DefiId == d.Id))
            .Join(db.Promotions, d => d.PromotionId, p => p.Id, (d, p) => new { d.Id, d.Titre, Promotion = p }).ToListAsync(ct);
        var ids = avecEquipe.Select(d => d.Id).ToList();
        var points = (await db.PointsEtape.AsNoTracking().Where(p => ids.Contains(p.DefiId)).ToListAsync(ct))
            .GroupBy(p => p.DefiId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.DeposeLe)!);
        var jalons = (await db.Jalons.AsNoTracking().Where(j => ids.Contains(j.DefiId)).Select(j => new { j.DefiId, Atteint = j.FaitLe != null }).ToListAsync(ct))
            .GroupBy(j => j.DefiId).ToDictionary(g => g.Key, g => (Total: g.Count(), Atteints: g.Count(j => j.Atteint)));
        Defis = avecEquipe.Select(d =>
            {
                var dernier = points.GetValueOrDefault(d.Id);
                var (total, atteints) = jalons.GetValueOrDefault(d.Id);
                return new Ligne(d.Id, d.Titre, d.Promotion.Titre, dernier, AccesDefi.Priorite(dernier?.Meteo, dernier?.DeposeLe, Maintenant), total, atteints);
            })
            // Within a level, the longest silence first.
            .OrderBy(l => l.Priorite).ThenBy(l => l.Dernier?.DeposeLe ?? DateTime.MinValue).ThenBy(l => l.Titre, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true)).ToList();
    }
}
